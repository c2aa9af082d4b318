package dev.formwork.schema.model.function;

import dev.formwork.schema.bind.Doc;
import java.util.List;
import java.util.Optional;

/** Gradual deployment of new versions with CodeDeploy. */
@Doc("Gradual deployment with CodeDeploy.")
public record DeploymentStrategy(
    @Doc("Traffic-shifting strategy.") DeploymentStrategyName strategy,
    @Doc("Name of a function that tests the new version before traffic shifts.")
        Optional<String> beforeAllowTrafficFunction,
    @Doc("Name of a function run after all traffic has shifted.")
        Optional<String> afterTrafficShiftFunction,
    @Doc(
            "Alarms that stop and roll back the deployment: names of alarms in this config or"
                + " CloudWatch alarm names.")
        List<String> alarms) {}
