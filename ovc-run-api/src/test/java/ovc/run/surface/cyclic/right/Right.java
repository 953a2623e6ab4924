package ovc.run.surface.cyclic.right;

import ovc.run.surface.cyclic.left.Left;

/** The other half of the deliberate package cycle. */
public final class Right {

    /** Reaches back to the first package. */
    public Left left() {
        return new Left();
    }
}
