package org.xxgkcheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridLayoutTest {

    private static GridLayout.SpanCell c(String t, int rows, int cols) { return new GridLayout.SpanCell(t, rows, cols); }

    private static GridLayout.SpanCell c(String t) { return c(t, 1, 1); }

    @Test
    void rowspan_and_colspan_leave_empty_cells_where_the_merge_covers() {
        List<List<String>> grid = GridLayout.layout(List.of(
            List.of(c("三、本年度办理结果", 3, 1), c("（一）予以公开", 1, 2), c("3"), c("4")),
            List.of(c("（三）不予公开", 2, 1), c("1.属于国家秘密"), c("0"), c("0")),
            List.of(c("2.其他法律行政法规禁止公开"), c("1"), c("1"))));
        assertEquals(List.of("三、本年度办理结果", "（一）予以公开", "", "3", "4"), grid.get(0));
        assertEquals(List.of("", "（三）不予公开", "1.属于国家秘密", "0", "0"), grid.get(1));
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开", "1", "1"), grid.get(2));
    }

    @Test
    void a_rowspan_at_the_end_of_a_row_is_an_empty_last_cell_below() {
        List<List<String>> grid = GridLayout.layout(List.of(
            List.of(c("自然人", 2, 1), c("法人或其他组织", 1, 2), c("总计", 2, 1)),
            List.of(c("商业企业"), c("科研机构"))));
        assertEquals(List.of("自然人", "法人或其他组织", "", "总计"), grid.get(0));
        assertEquals(List.of("", "商业企业", "科研机构", ""), grid.get(1));
    }

    @Test
    void hostile_spans_are_clamped() {
        List<List<String>> grid = GridLayout.layout(List.of(List.of(c("x", 100000, 100000)), List.of(c("y"))));
        assertEquals(GridLayout.MAX_COLUMNS, grid.get(0).size());
        assertEquals(GridLayout.MAX_COLUMNS, grid.get(1).size());
    }
}
