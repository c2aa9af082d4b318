package dev.formwork.schema.model.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which stages count as production: prod and production unless the config lists its own. */
class DeploymentConfigTest {

  private static Optional<DeploymentConfig> marking(Optional<List<String>> stages) {
    return Optional.of(
        new DeploymentConfig(
            false, Optional.empty(), List.of(), 0, false, List.of(), 10, Optional.empty(), stages));
  }

  @Test
  void prodAndProductionByDefault() {
    assertTrue(DeploymentConfig.isProduction(Optional.empty(), "prod"));
    assertTrue(DeploymentConfig.isProduction(marking(Optional.empty()), "production"));
    assertFalse(DeploymentConfig.isProduction(Optional.empty(), "dev"));
  }

  @Test
  void theConfigsListReplacesTheDefaultAndAnEmptyListMarksNone() {
    // productionStages: [live]
    Optional<DeploymentConfig> live = marking(Optional.of(List.of("live")));
    assertTrue(DeploymentConfig.isProduction(live, "live"));
    assertFalse(DeploymentConfig.isProduction(live, "prod"));
    assertFalse(DeploymentConfig.isProduction(marking(Optional.of(List.of())), "prod"));
  }
}
