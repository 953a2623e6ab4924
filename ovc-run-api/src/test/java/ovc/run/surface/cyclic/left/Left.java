package ovc.run.surface.cyclic.left;

import ovc.run.surface.cyclic.right.Right;

/** Half of a deliberate package cycle, which {@code PackageCyclesTest} shows the rule rejects. */
public final class Left {

    /** Reaches the other package, which reaches back. */
    public Right right() {
        return new Right();
    }
}
