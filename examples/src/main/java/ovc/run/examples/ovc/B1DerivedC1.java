package ovc.run.examples.ovc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import ovc.run.CheckStatus;
import ovc.run.Pipeline;
import ovc.run.Run;

/**
 * B1-DerivedC1: computes the C1 features (range, body, wicks, direction, body ratio) of every block
 * in {@code ovc.ovc_blocks_v01_2h} that has none yet, into {@code ovc.ovc_derived_c1_v01}.
 */
public final class B1DerivedC1 {

    private B1DerivedC1() {}

    /** No options: it processes whatever is pending. */
    @Pipeline(id = "B1-DerivedC1", version = "0.1.0", requiredEnv = "NEON_DSN|DATABASE_URL")
    public static void main(String[] args) throws SQLException {
        new Args(args);
        RunFolderNotice.announce();
        try (Connection connection = Database.open(System.getenv())) {
            System.out.println("B1-DerivedC1: " + derive(connection) + " blocks derived");
        }
    }

    /** Derives every pending block; records input, output and the check into the active run. */
    public static int derive(Connection connection) throws SQLException {
        Run.input("neon_table", OvcSchema.BLOCKS);
        List<Block> pending = DerivedStore.pendingBlocks(connection);
        int line = Run.log(pending.size() + " blocks without C1 features");
        List<DerivedFeatures> rows = pending.stream().map(DerivedFeatures::of).toList();
        int written = DerivedStore.insert(connection, rows);
        Run.output("neon_table", OvcSchema.DERIVED, written);
        if (written == 0) {
            Run.check("derived_rows_written", "Nothing to derive", CheckStatus.SKIP, "run.log:line:" + line);
        } else {
            Run.check("derived_rows_written", "C1 features written for every pending block", CheckStatus.PASS,
                    "run.json:$.outputs[0].rows_written");
        }
        return written;
    }
}
