package dev.formwork.cli;

import dev.formwork.compiler.CompiledFunction;
import dev.formwork.compiler.synth.function.CodeLanguage;
import dev.formwork.compiler.synth.function.LambdaCode;
import dev.formwork.packager.Architecture;
import dev.formwork.packager.CustomArtifactBuild;
import dev.formwork.packager.FunctionBuild;
import dev.formwork.packager.GoFunctionBuild;
import dev.formwork.packager.JavaBuildTool;
import dev.formwork.packager.JavaFunctionBuild;
import dev.formwork.packager.LayerBuild;
import dev.formwork.packager.ModuleFormat;
import dev.formwork.packager.NodeFunctionBuild;
import dev.formwork.packager.PackagingPlan;
import dev.formwork.packager.PythonFunctionBuild;
import dev.formwork.packager.PythonTool;
import dev.formwork.packager.RuntimeFamily;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.model.FormworkConfig;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.LambdaLayerResource;
import dev.formwork.schema.model.ResourceDefinition;
import dev.formwork.schema.model.function.BuildpackPackaging;
import dev.formwork.schema.model.function.CustomArtifactPackaging;
import dev.formwork.schema.model.function.FunctionProperties;
import dev.formwork.schema.model.function.LambdaArchitecture;
import dev.formwork.schema.model.function.LambdaRuntime;
import dev.formwork.schema.model.function.LanguageSpecificConfig;
import dev.formwork.schema.model.function.PythonPackageManager;
import dev.formwork.schema.value.TextValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Maps a bound config onto the packager's plan: one build per function, one per lambda-layer. */
final class PackagingPlans {

  private PackagingPlans() {}

  /**
   * @param compiled the compiled functions, for what the compiler read from source (a Java
   *     handler's class)
   */
  static PackagingPlan of(
      FormworkConfig config, Path projectDir, Map<String, CompiledFunction> compiled) {
    List<FunctionBuild> functions = new ArrayList<>();
    List<LayerBuild> layers = new ArrayList<>();
    for (Map.Entry<String, ResourceDefinition> entry :
        new TreeMap<>(config.resources()).entrySet()) {
      String name = entry.getKey();
      ConfigPath path = ConfigPath.of("resources", name, "properties");
      if (entry.getValue() instanceof FunctionResource function) {
        function(name, function.properties(), path, config, Optional.ofNullable(compiled.get(name)))
            .ifPresent(functions::add);
      } else if (entry.getValue() instanceof LambdaLayerResource layer) {
        layers.add(layer(name, layer.properties(), path));
      }
    }
    return new PackagingPlan(projectDir, functions, layers);
  }

  /**
   * The function's build; empty when the compiler could not tell how to build it (an entry file of
   * no known language, a Java handler it could not read), which it reported itself.
   */
  private static Optional<FunctionBuild> function(
      String name,
      FunctionProperties properties,
      ConfigPath path,
      FormworkConfig config,
      Optional<CompiledFunction> compiled) {
    List<String> ownLayers = layerNames(properties, config);
    Architecture architecture =
        properties.architecture() == LambdaArchitecture.ARM64
            ? Architecture.ARM64
            : Architecture.X86_64;
    ConfigPath packaging = path.key("packaging").key("properties");
    if (properties.packaging() instanceof CustomArtifactPackaging custom) {
      return Optional.of(
          new CustomArtifactBuild(
              name,
              packaging.key("packagePath"),
              Path.of(custom.properties().packagePath()),
              ownLayers));
    }
    BuildpackPackaging.Properties buildpack =
        ((BuildpackPackaging) properties.packaging()).properties();
    Optional<LanguageSpecificConfig> language = buildpack.languageSpecificConfig();
    Optional<CodeLanguage> knownLanguage = CodeLanguage.ofEntryFile(buildpack.entryfilePath());
    if (knownLanguage.isEmpty()) {
      return Optional.empty();
    }
    CodeLanguage codeLanguage = knownLanguage.get();
    // The compiler decided the runtime (runtime, nodeVersion, pythonVersion, javaVersion).
    LambdaRuntime runtime =
        compiled
            .map(CompiledFunction::runtime)
            .orElse(properties.runtime().orElse(LambdaCode.newestRuntime(codeLanguage)));
    Path entry = Path.of(buildpack.entryfilePath());
    ConfigPath entryPath = packaging.key("entryfilePath");
    if (codeLanguage == CodeLanguage.GO) {
      return Optional.of(
          new GoFunctionBuild(
              name,
              entryPath,
              entry,
              architecture,
              buildpack.includeFiles(),
              buildpack.excludeFiles(),
              ownLayers));
    }
    if (codeLanguage == CodeLanguage.JAVA) {
      // The compiler read the handler's package from the entry file; the packager checks the zip
      // holds that class.
      if (compiled.isEmpty()) {
        return Optional.empty();
      }
      String handler = compiled.get().handler();
      return Optional.of(
          new JavaFunctionBuild(
              name,
              entryPath,
              entry,
              handler.substring(0, handler.indexOf("::")),
              compiled.get().runtime().configValue(),
              language.flatMap(LanguageSpecificConfig::packageManagerFile).map(Path::of),
              language
                  .flatMap(LanguageSpecificConfig::useMaven)
                  .map(maven -> maven ? JavaBuildTool.MAVEN : JavaBuildTool.GRADLE),
              buildpack.includeFiles(),
              buildpack.excludeFiles(),
              ownLayers));
    }
    if (codeLanguage == CodeLanguage.PYTHON) {
      return Optional.of(
          new PythonFunctionBuild(
              name,
              packaging.key("entryfilePath"),
              entry,
              buildpack.handlerFunction().orElse(PythonFunctionBuild.DEFAULT_HANDLER),
              language.flatMap(LanguageSpecificConfig::packageManagerFile).map(Path::of),
              language.flatMap(LanguageSpecificConfig::packageManager).map(PackagingPlans::tool),
              runtime.configValue(),
              architecture,
              buildpack.includeFiles(),
              buildpack.excludeFiles(),
              ownLayers));
    }
    NodeFunctionBuild build =
        NodeFunctionBuild.of(name, packaging.key("entryfilePath"), entry)
            .withHandlerExport(buildpack.handlerFunction().orElse("default"))
            .withRuntime(runtime.configValue())
            .withFormat(ModuleFormat.defaultFor(runtime.configValue()))
            .withArchitecture(architecture)
            .withIncludeFiles(buildpack.includeFiles())
            .withExcludeFiles(buildpack.excludeFiles())
            .withLayers(ownLayers);
    if (language.isPresent()) {
      LanguageSpecificConfig options = language.get();
      build =
          build
              .withFormat(
                  options
                      .outputModuleFormat()
                      .map(
                          format ->
                              format == dev.formwork.schema.model.function.ModuleFormat.ESM
                                  ? ModuleFormat.ESM
                                  : ModuleFormat.CJS)
                      .orElse(ModuleFormat.defaultFor(runtime.configValue())))
              .withSourceMaps(!options.disableSourceMaps().orElse(false))
              .withMinify(options.minify().orElse(false))
              .withExternals(options.dependenciesToExcludeFromBundle())
              .withRuntimeProvided(
                  concat(
                      options.dependenciesToExcludeFromDeploymentPackage(),
                      buildpack.excludeDependencies()));
      if (options.tsConfigPath().isPresent()) {
        build = build.withTsconfig(Path.of(options.tsConfigPath().get()));
      }
      if (options.emitTsDecoratorMetadata().orElse(false)) {
        build = build.withDecoratorMetadata(true);
      }
      if (options.outputSourceMapsTo().isPresent()) {
        build = build.withSourceMapsTo(Path.of(options.outputSourceMapsTo().get()));
      }
    } else if (!buildpack.excludeDependencies().isEmpty()) {
      build = build.withRuntimeProvided(buildpack.excludeDependencies());
    }
    return Optional.of(build);
  }

  /**
   * The layers of a function that formwork builds (names of lambda-layer resources); ARNs are not
   * packaged.
   */
  private static List<String> layerNames(FunctionProperties properties, FormworkConfig config) {
    List<String> names = new ArrayList<>();
    for (TextValue layer : properties.layers()) {
      if (layer instanceof TextValue.Literal literal
          && config.resources().get(literal.text()) instanceof LambdaLayerResource) {
        names.add(literal.text());
      }
    }
    return names;
  }

  private static LayerBuild layer(
      String name, LambdaLayerResource.Properties properties, ConfigPath path) {
    List<String> runtimes = new ArrayList<>();
    properties.compatibleRuntimes().forEach(runtime -> runtimes.add(runtime.configValue()));
    List<Architecture> architectures = new ArrayList<>();
    properties
        .compatibleArchitectures()
        .forEach(
            architecture ->
                architectures.add(
                    architecture == LambdaArchitecture.ARM64
                        ? Architecture.ARM64
                        : Architecture.X86_64));
    return new LayerBuild(
        name,
        path.key("folder"),
        Path.of(properties.folder()),
        properties.runtimeFamily() == LambdaLayerResource.RuntimeFamily.NODEJS
            ? RuntimeFamily.NODEJS
            : RuntimeFamily.PYTHON,
        runtimes,
        architectures);
  }

  private static PythonTool tool(PythonPackageManager manager) {
    return switch (manager) {
      case PIP -> PythonTool.PIP;
      case UV -> PythonTool.UV;
      case POETRY -> PythonTool.POETRY;
      case PIPENV -> PythonTool.PIPENV;
    };
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(item -> !all.contains(item)).forEach(all::add);
    return all;
  }
}
