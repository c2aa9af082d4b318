package dev.formwork.deployer.hotswap;

import dev.formwork.deployer.DeployResult;
import java.util.List;

/**
 * How a hotswap ended: finished (done, nothing to do, or failed part way), not possible (the
 * reasons a change set is needed), or refused.
 */
public sealed interface HotswapOutcome {

  /**
   * The hotswap ran: the functions it updated, or nothing changed, or it failed part way (the
   * result says which).
   */
  record Finished(DeployResult result, List<String> functions) implements HotswapOutcome {
    public Finished {
      functions = List.copyOf(functions);
    }
  }

  /** The change needs CloudFormation; each reason names a change that forced it. */
  record NotPossible(List<String> reasons) implements HotswapOutcome {
    public NotPossible {
      reasons = List.copyOf(reasons);
    }
  }

  /** Hotswap must not make this change; nothing was changed. */
  record Refused(DeployResult result) implements HotswapOutcome {}
}
