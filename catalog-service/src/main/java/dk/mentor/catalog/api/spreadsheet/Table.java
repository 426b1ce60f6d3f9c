package dk.mentor.catalog.api.spreadsheet;

import java.util.List;

/**
 * A sheet as rows of text. Each row keeps its line number in the file (the header is line 1), so a
 * report can name the row a coordinator sees in their spreadsheet.
 */
public record Table(List<String> header, List<Line> lines) {

    public record Line(int number, List<String> cells) {

        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }
}
