package ovc.run.artifact;

/**
 * run.json's {@code git}: the commit the run's code came from.
 *
 * @param sha forty hex digits, zeros when unknown
 * @param ref the branch ref, {@code refs/heads/unknown} when unknown
 */
public record GitInfo(String sha, String ref) {

    /** No repository, no CI variables. */
    public static final GitInfo UNKNOWN = new GitInfo("0".repeat(40), "refs/heads/unknown");

    /** Validates the sha. */
    public GitInfo {
        // Not String.matches: a regex compiled on the way to a run's first line costs milliseconds.
        if (!Identifiers.isCommitSha(sha)) {
            throw new IllegalArgumentException("git sha must be 40 lowercase hex digits, got " + sha);
        }
        Identifiers.requireText("git ref", ref);
    }

    /** The first seven digits, as in the run_id. */
    public String sha7() {
        return sha.substring(0, 7);
    }
}
