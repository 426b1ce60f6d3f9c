package dk.mentor.testing.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that differ between a kept file and what a generator makes now, so a failing test
 * shows what changed instead of two whole files. A longest common subsequence is plenty for
 * pages of a few hundred lines.
 */
public final class LineDiff {

    private LineDiff() {
    }

    /** One line per difference: "-n: line" only in the kept text, "+n: line" only in the new, n counting from 1. */
    public static String of(String kept, String generated) {
        List<String> a = kept.lines().toList();
        List<String> b = generated.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.add("-" + (i + 1) + ": " + a.get(i++));
            } else {
                out.add("+" + (j + 1) + ": " + b.get(j++));
            }
        }
        if (out.isEmpty() && !kept.equals(generated)) {
            return "(the lines are equal; the line endings or the final newline differ)";
        }
        return String.join("\n", out);
    }
}
