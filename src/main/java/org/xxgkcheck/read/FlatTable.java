package org.xxgkcheck.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a table pasted on one line (labels and numbers separated by spaces) into tab-separated rows: each row
 * label with the numbers after it is a row; the words before a row label are the header cells above it.
 */
final class FlatTable {
    private FlatTable() {}

    /** A row label starts with an item number: 一、 （一） 1. (1). */
    private static final Pattern NUMBERED = Pattern.compile(
        "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}[.、．)]\\D|[（(]\\d{1,2}[)）])");
    /** A block title citing an article ("第二十条第（一）项") stands on a row of its own. */
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零]+条");
    /** Digits run into the label next to them when cells were joined without a space ("0四、结转…", "总计0"). */
    private static final Pattern DIGITS_AND_WORDS = Pattern.compile(
        "(?<=\\d)(?=[\\p{IsHan}（(])|(?<=[\\p{IsHan}）)])(?=\\d+$)");

    static List<String> rows(List<String> tokens) {
        List<String> cells = cells(tokens);
        List<String> out = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String c : cells) {
            boolean value = Numbers.valueLike(c);
            if (!value && !values.isEmpty()) {
                emit(labels, values, out);
                labels.clear();
                values.clear();
            }
            if (value) values.add(c);
            else labels.add(c);
        }
        emit(labels, values, out);
        return out;
    }

    /** Tokens as cells: digits cut off the words they ran into, wrapped labels joined back. */
    static List<String> cells(List<String> tokens) {
        List<String> split = new ArrayList<>();
        for (String t : tokens) {
            for (String s : DIGITS_AND_WORDS.split(t)) if (!s.isEmpty()) split.add(s);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            String c = split.get(i);
            // A cell with an unclosed bracket was cut inside it: "(五" ")不予处理".
            while (open(c) > 0 && i + 1 < split.size() && !Numbers.valueLike(split.get(i + 1))) c += split.get(++i);
            // Single characters spaced out ("规    章") are one word.
            while (single(c) && i + 1 < split.size() && single(split.get(i + 1))) c += split.get(++i);
            out.add(c);
        }
        return out;
    }

    private static int open(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            if (c == '（' || c == '(') n++;
            else if ((c == '）' || c == ')') && n > 0) n--;
        }
        return n;
    }

    private static boolean single(String s) {
        return s.codePointCount(0, s.length()) == 1 && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * One group of labels and the numbers after it. The row label is the last numbered label and what wrapped
     * after it, or else the last label; labels before it head the columns (and article titles stand alone).
     */
    private static void emit(List<String> labels, List<String> values, List<String> out) {
        List<String> header = new ArrayList<>();
        int start = labels.size();
        if (!values.isEmpty() && !labels.isEmpty()) {
            start = labels.size() - 1;
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (NUMBERED.matcher(labels.get(i)).find()) {
                    start = i;
                    break;
                }
            }
        }
        for (int i = 0; i < start; i++) {
            String l = labels.get(i);
            if (ARTICLE.matcher(l).find()) {
                row(header, out);
                header.clear();
                row(List.of(l), out);
            } else {
                header.add(l);
            }
        }
        row(header, out);
        if (values.isEmpty()) return;
        List<String> data = new ArrayList<>();
        if (start < labels.size()) data.add(TextJoin.lines(labels.subList(start, labels.size())));
        data.addAll(values);
        row(data, out);
    }

    /**
     * A row as a tab-separated line. A one-cell row is written as Word writes a cell ("\t（三）不予公开"), so that
     * no empty cell stands where a number belongs; only the first row of a table, a title, cannot start that way
     * (a text line before it would be taken for a cell's wrapped text) and keeps a trailing tab instead.
     */
    private static void row(List<String> cells, List<String> out) {
        if (cells.isEmpty()) return;
        if (cells.size() > 1) out.add(String.join("\t", cells));
        else out.add(out.isEmpty() ? cells.get(0) + "\t" : "\t" + cells.get(0));
    }
}
