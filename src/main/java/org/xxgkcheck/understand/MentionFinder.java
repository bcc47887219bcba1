package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.xxgkcheck.facts.Mention;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Term;

/** Finds, sentence by sentence, where the narrative uses the words of each vocabulary term. */
public final class MentionFinder {
    private MentionFinder() {}

    /** The family whose words open the improvement measures of part 五 (rules/vocabulary.txt). */
    static final String MEASURES_MARKER = "改进措施标志";

    /** The mentions of every term, and the number of sentences of each part (for NAR-PADDING). */
    record Found(List<Mention> mentions, int[] sentences) {}

    // Hot path: every sentence of every report. One pass per sentence finds the terms that can occur in it
    // (TermIndex); only those terms' expressions run. The order of the mentions is that of trying every term.
    static Found find(List<Paragraph> paragraphs, List<Term> terms) {
        TermIndex termIndex = TermIndex.of(terms);
        List<Mention> out = new ArrayList<>();
        int[] sentenceIndex = new int[7];
        boolean measures = false;
        for (Paragraph p : paragraphs) {
            org.xxgkcheck.read.Stop.check();
            for (String sentence : Sentences.split(p.getText())) {
                int index = sentenceIndex[p.getPart()]++;
                BitSet candidates = termIndex.candidates(sentence);
                if (p.getPart() == 5 && !measures) {
                    for (int i = candidates.nextSetBit(0); i >= 0 && !measures; i = candidates.nextSetBit(i + 1)) {
                        Term t = terms.get(i);
                        measures = t.getFamily().equals(MEASURES_MARKER) && t.foundIn(sentence);
                    }
                }
                String segment = p.getPart() == 5 ? (measures ? "措施" : "问题") : "";
                for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                    Term t = terms.get(i);
                    Term.Hits m = t.matcher(sentence);
                    if (!m.find()) continue;
                    boolean listed = true;
                    String words = m.group();
                    do {
                        if (!listedOnce(t, sentence, m.start(), m.end())) {
                            listed = false;
                            words = m.group();
                            break;
                        }
                    } while (m.find());
                    out.add(new Mention(t.getFamily(), t.getName(), p.getPart(), index, sentence, words, listed,
                        segment, p.getLine()));
                }
            }
        }
        return new Found(out, sentenceIndex);
    }

    /**
     * The words stand as one item of an enumeration of three or more ("保密审查、主动公开、依申请公开…等7项制度"):
     * they name the topic among others. An enumeration with two or more items of the same term
     * ("政务公开栏、村务公开栏、微信平台") is itself about that term.
     */
    private static boolean listedOnce(Term t, String sentence, int start, int end) {
        List<String> items = Sentences.enumerationItems(sentence, start, end);
        return !items.isEmpty() && items.stream().filter(t::foundIn).count() < 2;
    }

}
