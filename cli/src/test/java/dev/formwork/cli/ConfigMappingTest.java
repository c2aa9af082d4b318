package dev.formwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.formwork.compiler.CompileResult;
import dev.formwork.compiler.testing.CompileFixture;
import dev.formwork.deployer.StackSettings;
import dev.formwork.deployer.script.Hook;
import dev.formwork.deployer.script.LocalScript;
import dev.formwork.packager.FunctionBuild;
import dev.formwork.packager.ModuleFormat;
import dev.formwork.packager.NodeFunctionBuild;
import dev.formwork.packager.PackagingPlan;
import dev.formwork.packager.PythonFunctionBuild;
import dev.formwork.packager.PythonTool;
import dev.formwork.schema.model.stack.Hooks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The options that do not change the template reach what acts on them: each buildpack option the
 * packager's build of the function, each script and hook setting the deployer's script or hook.
 * (The packager and deployer tests show what those do with them.)
 */
class ConfigMappingTest {

  private static Map<String, FunctionBuild> builds(String resources) {
    CompileResult result = CompileFixture.compile("resources:\n" + resources);
    assertThat(result.config()).as("%s", result.diagnostics()).isPresent();
    PackagingPlan plan =
        PackagingPlans.of(result.config().get(), Path.of("/project"), result.functions());
    Map<String, FunctionBuild> byName = new TreeMap<>();
    plan.functions().forEach(function -> byName.put(function.resourceName(), function));
    return byName;
  }

  @Test
  void javascriptOptionsReachTheBundle() {
    NodeFunctionBuild api =
        (NodeFunctionBuild)
            builds(
                    """
                      api:
                        type: function
                        properties:
                          packaging:
                            type: stacktape-lambda-buildpack
                            properties:
                              entryfilePath: src/api.ts
                              handlerFunction: handler
                              includeFiles: [assets/**]
                              excludeFiles: [node_modules/**/*.md]
                              excludeDependencies: [aws-crt]
                              languageSpecificConfig:
                                tsConfigPath: tsconfig.build.json
                                emitTsDecoratorMetadata: true
                                dependenciesToExcludeFromBundle: [sharp]
                                dependenciesToExcludeFromDeploymentPackage: ['@aws-sdk/*']
                                outputModuleFormat: cjs
                                nodeVersion: 22
                                outputSourceMapsTo: build/maps
                                minify: true
                    """)
                .get("api");
    assertThat(api.handlerExport()).isEqualTo("handler");
    assertThat(api.includeFiles()).containsExactly("assets/**");
    assertThat(api.excludeFiles()).containsExactly("node_modules/**/*.md");
    assertThat(api.runtimeProvided()).containsExactly("@aws-sdk/*", "aws-crt");
    assertThat(api.tsconfig()).contains(Path.of("tsconfig.build.json"));
    assertThat(api.decoratorMetadata()).isTrue();
    assertThat(api.externals()).containsExactly("sharp");
    assertThat(api.format()).isEqualTo(ModuleFormat.CJS);
    assertThat(api.runtime()).isEqualTo("nodejs22.x");
    assertThat(api.sourceMapsTo()).contains(Path.of("build/maps"));
    assertThat(api.minify()).isTrue();
  }

  @Test
  void pythonOptionsReachTheFolderBuild() {
    PythonFunctionBuild worker =
        (PythonFunctionBuild)
            builds(
                    """
                      worker:
                        type: function
                        properties:
                          packaging:
                            type: stacktape-lambda-buildpack
                            properties:
                              entryfilePath: svc/app.py
                              handlerFunction: main
                              includeFiles: [shared/**]
                              excludeFiles: ['**/*.md']
                              languageSpecificConfig:
                                packageManagerFile: pyproject.toml
                                packageManager: uv
                                pythonVersion: '3.12'
                    """)
                .get("worker");
    assertThat(worker.handlerFunction()).isEqualTo("main");
    assertThat(worker.includeFiles()).containsExactly("shared/**");
    assertThat(worker.excludeFiles()).containsExactly("**/*.md");
    assertThat(worker.dependencyFile()).contains(Path.of("pyproject.toml"));
    assertThat(worker.tool()).contains(PythonTool.UV);
    assertThat(worker.runtime()).isEqualTo("python3.12");
  }

  @Test
  void scriptAndHookSettingsReachTheDeployer() {
    CompileResult result =
        CompileFixture.compile(
            """
            resources:
              api:
                type: function
                properties:
                  packaging: {type: stacktape-lambda-buildpack, properties: {entryfilePath: a.ts}}
            scripts:
              build:
                type: local-script
                properties: {executeScript: tools/build.py, pipeStdio: false}
              checks:
                type: local-script
                properties: {executeScripts: [tools/a.sh, tools/b.js]}
              migrate:
                type: local-script
                properties:
                  executeCommand: ./migrate.sh
                  cwd: db
                  timeout: 90
                  connectTo: [api]
                  environment: [{name: MODE, value: full}]
              seed:
                type: local-script
                properties: {executeCommands: [npm ci, npm run seed]}
            hooks:
              beforeDeploy: [{scriptName: migrate}]
              afterDeploy: [{scriptName: seed}]
              beforeDelete: [{scriptName: build, skipOnCI: true}]
              afterDelete: [{scriptName: checks, skipOnLocal: true}]
            """);
    Map<String, LocalScript> scripts = ConfigScripts.scripts(result.config().orElseThrow());
    assertThat(scripts.get("build").executeScript()).contains(Path.of("tools/build.py"));
    assertThat(scripts.get("build").pipeStdio()).isFalse();
    assertThat(scripts.get("checks").executeCommand())
        .contains("sh 'tools/a.sh' && node 'tools/b.js'");
    Optional<Hooks> hooks = result.config().get().hooks();
    assertThat(ConfigScripts.hooks(hooks, Hooks::beforeDelete))
        .containsExactly(new Hook("build", true, false));
    assertThat(ConfigScripts.hooks(hooks, Hooks::afterDelete))
        .containsExactly(new Hook("checks", false, true));
    LocalScript migrate = scripts.get("migrate");
    assertThat(migrate.executeCommand()).contains("./migrate.sh");
    assertThat(migrate.cwd()).contains(Path.of("db"));
    assertThat(migrate.timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(migrate.connectTo()).containsExactly("api");
    assertThat(migrate.environment()).containsEntry("MODE", "full");
    assertThat(scripts.get("seed").executeCommand()).contains("npm ci && npm run seed");
    assertThat(ConfigScripts.hooks(hooks, Hooks::beforeDeploy))
        .containsExactly(new Hook("migrate", false, false));
    assertThat(ConfigScripts.hooks(hooks, Hooks::afterDeploy))
        .containsExactly(new Hook("seed", false, false));
  }

  @Test
  void deploymentConfigReachesTheStackSettingsOfEveryChangeSet() {
    CompileResult result =
        CompileFixture.compile(
            """
            deploymentConfig:
              terminationProtection: true
              cloudformationRoleArn: arn:aws:iam::123456789012:role/cfn-deployer
              triggerRollbackOnAlarms: [shop-errors]
              monitoringTimeAfterDeploymentInMinutes: 15
              publishEventsToArn: ['arn:aws:sns:eu-west-1:123456789012:deploys']
              previousVersionsToKeep: 3
            resources: {}
            """);
    assertThat(result.config()).as("%s", result.diagnostics()).isPresent();
    assertThat(StackCommands.stackSettings(result.config().get()))
        .isEqualTo(
            new StackSettings(
                true,
                Optional.of("arn:aws:iam::123456789012:role/cfn-deployer"),
                List.of("shop-errors"),
                15,
                false,
                List.of("arn:aws:sns:eu-west-1:123456789012:deploys"),
                3));

    CompileResult forward =
        CompileFixture.compile("deploymentConfig:\n  disableAutoRollback: true\nresources: {}\n");
    assertThat(forward.config()).as("%s", forward.diagnostics()).isPresent();
    assertThat(StackCommands.stackSettings(forward.config().get()).disableRollback()).isTrue();
    assertThat(
            StackCommands.stackSettings(CompileFixture.compile("resources: {}\n").config().get()))
        .isEqualTo(StackSettings.DEFAULTS);
  }
}
