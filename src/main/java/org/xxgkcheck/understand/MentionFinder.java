package org.xxgkcheck.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.xxgkcheck.facts.Mention;
import org.xxgkcheck.facts.Paragraph;
import org.xxgkcheck.facts.Term;

/** Finds, sentence by sentence, where the narrative uses the words of each vocabulary term. */
public final class MentionFinder {
    private MentionFinder() {}

    /** The family whose words open the improvement measures of part 五 (rules/vocabulary.txt). */
    static final String MEASURES_MARKER = "改进措施标志";

    public static List<Mention> find(List<Paragraph> paragraphs, List<Term> terms) {
        List<Mention> out = new ArrayList<>();
        int[] sentenceIndex = new int[7];
        boolean measures = false;
        for (Paragraph p : paragraphs) {
            for (String sentence : Sentences.split(p.getText())) {
                int index = sentenceIndex[p.getPart()]++;
                if (p.getPart() == 5 && !measures) {
                    measures = terms.stream().anyMatch(t -> t.getFamily().equals(MEASURES_MARKER) && t.foundIn(sentence));
                }
                String segment = p.getPart() == 5 ? (measures ? "措施" : "问题") : "";
                for (Term t : terms) {
                    Matcher m = t.pattern().matcher(sentence);
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
        return out;
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

    /** Sentences per part, for rules that weigh a share of sentences (NAR-PADDING). */
    static int[] sentenceCounts(List<Paragraph> paragraphs) {
        int[] counts = new int[7];
        for (Paragraph p : paragraphs) counts[p.getPart()] += Sentences.split(p.getText()).size();
        return counts;
    }
}
