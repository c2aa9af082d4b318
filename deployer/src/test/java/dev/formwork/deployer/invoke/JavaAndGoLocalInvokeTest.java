package dev.formwork.deployer.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.testing.RecordingSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invoke --local} for Java and Go: a handler class compiled here runs in its own JVM through
 * {@link JavaHandlerRunner} (with a Context from the aws-lambda-java-core interfaces in lib/), and
 * a bootstrap runs against the emulated Runtime API, a shell script one and a real aws-lambda-go
 * one.
 */
class JavaAndGoLocalInvokeTest {

  @TempDir Path dir;
  RecordingSink out = new RecordingSink();
  LocalInvoker invoker = LocalInvoker.withDefaults(out);

  static final FunctionEnvironment.Function FN =
      new FunctionEnvironment.Function(
          "orders-dev-place", "eu-west-1", 256, 5, "com.example.Orders::place");

  LocalInvoker.Invocation invocation(
      LocalInvoker.Language language, Path code, String handler, String event) {
    return new LocalInvoker.Invocation(
        language,
        code,
        handler,
        event,
        FunctionEnvironment.build(FN, Map.of("TABLE", "orders-table"), false, Optional.empty()),
        Duration.ofSeconds(20));
  }

  @Test
  void runsAJavaHandlerWithAPojoEventAContextAndItsLibJars() throws Exception {
    Path function = dir.resolve("function");
    Path sources = dir.resolve("src");
    write(
        sources,
        "com/amazonaws/services/lambda/runtime/Context.java",
        "package com.amazonaws.services.lambda.runtime;\n"
            + "public interface Context { String getFunctionName(); LambdaLogger getLogger();"
            + " int getRemainingTimeInMillis(); }\n");
    write(
        sources,
        "com/amazonaws/services/lambda/runtime/LambdaLogger.java",
        "package com.amazonaws.services.lambda.runtime;\n"
            + "public interface LambdaLogger { void log(String message); }\n");
    write(
        sources,
        "com/example/Order.java",
        "package com.example;\npublic class Order {\n  private String id; private int quantity;\n"
            + "  public void setId(String id) { this.id = id; }\n"
            + "  public void setQuantity(int quantity) { this.quantity = quantity; }\n"
            + "  public String getId() { return id; }\n"
            + "  public int getQuantity() { return quantity; }\n}\n");
    write(
        sources,
        "com/example/Orders.java",
        "package com.example;\nimport com.amazonaws.services.lambda.runtime.Context;\n"
            + "import java.util.Map;\npublic class Orders {\n"
            + "  public Map<String, Object> place(Order order, Context context) {\n"
            + "    context.getLogger().log(\"placing \" + order.getId());\n"
            + "    if (order.getQuantity() < 1) throw new IllegalArgumentException(\"no items\");\n"
            + "    return Map.of(\"id\", order.getId(), \"quantity\", order.getQuantity(),\n"
            + "        \"table\", System.getenv(\"TABLE\"), \"fn\", context.getFunctionName(),\n"
            + "        \"hasTime\", context.getRemainingTimeInMillis() > 0);\n  }\n}\n");
    Path classes = dir.resolve("classes");
    compile(sources, classes);
    // Lambda's layout: the function's classes at the root, its libraries as jars under lib/.
    copyTree(classes.resolve("com/example"), function.resolve("com/example"));
    jar(classes, "com/amazonaws", function.resolve("lib/aws-lambda-java-core.jar"));

    LocalInvoker.Result result =
        invoker.invoke(
            invocation(
                LocalInvoker.Language.JAVA,
                function,
                "com.example.Orders::place",
                "{\"id\": \"o-1\", \"quantity\": 3, \"ignored\": [1, 2]}"));
    assertEquals(0, result.exitCode(), result.toString());
    String json = result.resultJson().orElseThrow();
    for (String expected :
        List.of(
            "\"id\":\"o-1\"",
            "\"quantity\":3",
            "\"table\":\"orders-table\"",
            "\"fn\":\"orders-dev-place\"",
            "\"hasTime\":true")) {
      assertTrue(json.contains(expected), json);
    }
    assertTrue(result.output().contains("placing o-1"), result.output().toString());

    LocalInvoker.Result failure =
        invoker.invoke(
            invocation(
                LocalInvoker.Language.JAVA,
                function,
                "com.example.Orders::place",
                "{\"id\": \"o-2\", \"quantity\": 0}"));
    assertEquals(3, failure.exitCode());
    assertEquals(Optional.of("IllegalArgumentException: no items"), failure.error());
  }

  @Test
  void aBootstrapGetsTheEventFromTheRuntimeApiAndPostsItsResponse() throws Exception {
    Assumptions.assumeTrue(onPath("curl"), "no curl on PATH for the script bootstrap");
    Path bootstrap =
        write(
            dir,
            "bootstrap",
            "#!/bin/sh\n"
                + "set -e\n"
                + "api=http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime\n"
                + "event=$(curl -sf -D headers $api/invocation/next)\n"
                + "id=$(grep -i lambda-runtime-aws-request-id headers | tr -d '\\r"
                + "' | cut -d' ' -f2)\n"
                + "echo \"handling $id\"\n"
                + "curl -sf -X POST -d"
                + " \"{\\\"echo\\\":$event,\\\"fn\\\":\\\"$AWS_LAMBDA_FUNCTION_NAME\\\"}\""
                + " $api/invocation/$id/response >/dev/null\n"
                + "curl -sf $api/invocation/next || true\n");
    bootstrap.toFile().setExecutable(true);
    LocalInvoker.Result result =
        invoker.invoke(
            invocation(LocalInvoker.Language.PROVIDED, bootstrap, "bootstrap", "{\"a\":1}"));
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(
        Optional.of("{\"echo\":{\"a\":1},\"fn\":\"orders-dev-place\"}"), result.resultJson());
    assertTrue(
        result.output().contains("handling " + RuntimeApiEmulator.REQUEST_ID),
        result.output().toString());
  }

  @Test
  void aGoBootstrapRunsAgainstTheEmulatedRuntimeApi() throws Exception {
    if (!onPath("go")) {
      System.err.println("SKIPPED: no `go` on PATH; this test builds a real Go bootstrap.");
    }
    Assumptions.assumeTrue(onPath("go"), "no `go` on PATH; this test builds a real Go bootstrap");
    Path module = dir.resolve("gofn");
    write(
        module,
        "go.mod",
        "module example.com/gofn\n\ngo 1.26\n\nrequire github.com/aws/aws-lambda-go v1.55.1\n");
    write(
        module,
        "go.sum",
        "github.com/aws/aws-lambda-go v1.55.1 h1:We2cCp4BwqqH/JW+bEEo1FhgG71rslvjfi4y7KmlrR0=\n"
            + "github.com/aws/aws-lambda-go v1.55.1/go.mod"
            + " h1:V+NzkHNR6vBC8C1PDloqSLE+7jYWFiPvJJFiCiTm8nE=\n");
    write(
        module,
        "main.go",
        "package main\n\n"
            + "import (\n"
            + "\t\"context\"\n"
            + "\t\"errors\"\n"
            + "\t\"fmt\"\n"
            + "\t\"os\"\n\n"
            + "\t\"github.com/aws/aws-lambda-go/lambda\"\n"
            + ")\n\n"
            + "type order struct {\n"
            + "\tID string `json:\"id\"`\n"
            + "}\n\n"
            + "func handle(ctx context.Context, o order) (map[string]string, error) {\n"
            + "\tif o.ID == \"\" {\n"
            + "\t\treturn nil, errors.New(\"missing id\")\n"
            + "\t}\n"
            + "\tfmt.Println(\"placing\", o.ID)\n"
            + "\treturn map[string]string{\"id\": o.ID, \"table\": os.Getenv(\"TABLE\")}, nil\n"
            + "}\n\n"
            + "func main() { lambda.Start(handle) }\n");
    Process build =
        new ProcessBuilder(
                "go", "build", "-trimpath", "-tags", "lambda.norpc", "-o", "bootstrap", ".")
            .directory(module.toFile())
            .redirectErrorStream(true)
            .start();
    String buildOutput = new String(build.getInputStream().readAllBytes());
    assertTrue(build.waitFor(300, TimeUnit.SECONDS) && build.exitValue() == 0, buildOutput);

    Path bootstrap = module.resolve("bootstrap");
    LocalInvoker.Result result =
        invoker.invoke(
            invocation(LocalInvoker.Language.PROVIDED, bootstrap, "bootstrap", "{\"id\":\"o-7\"}"));
    assertEquals(0, result.exitCode(), result.toString());
    assertEquals(Optional.of("{\"id\":\"o-7\",\"table\":\"orders-table\"}"), result.resultJson());
    assertTrue(result.output().contains("placing o-7"), result.output().toString());

    LocalInvoker.Result failure =
        invoker.invoke(invocation(LocalInvoker.Language.PROVIDED, bootstrap, "bootstrap", "{}"));
    assertEquals(3, failure.exitCode());
    assertEquals(Optional.of("errorString: missing id"), failure.error());
  }

  @Test
  void aBootstrapForAnotherInstructionSetIsRefusedWithTheReason() throws Exception {
    String arch = System.getProperty("os.arch");
    boolean arm = arch.equals("aarch64");
    byte[] header = new byte[64];
    header[0] = 0x7F;
    header[1] = 'E';
    header[2] = 'L';
    header[3] = 'F';
    header[18] = (byte) (arm ? 0x3E : 0xB7);
    Path bootstrap = dir.resolve("bootstrap");
    Files.write(bootstrap, header);
    LocalInvoker.Result result =
        invoker.invoke(invocation(LocalInvoker.Language.PROVIDED, bootstrap, "bootstrap", "{}"));
    assertEquals(3, result.exitCode());
    String built = arm ? "x86_64" : "arm64";
    String host = arm ? "arm64" : "x86_64";
    assertEquals(
        Optional.of(
            "The function's bootstrap is built for "
                + built
                + ", but this machine is "
                + host
                + "; set architecture: "
                + host
                + " to run it here, or invoke it in AWS (formwork invoke without --local)."),
        result.error());
  }

  private static Path write(Path root, String relative, String content) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private static void compile(Path sources, Path classes) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
    try (Stream<Path> files = Files.walk(sources)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .forEach(f -> arguments.add(f.toString()));
    }
    assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void jar(Path classes, String folder, Path jar) throws Exception {
    Files.createDirectories(jar.getParent());
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes.resolve(folder))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        zip.putNextEntry(new java.util.zip.ZipEntry(classes.relativize(file).toString()));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
  }

  private static boolean onPath(String tool) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
        .anyMatch(folder -> !folder.isBlank() && Files.isExecutable(Path.of(folder).resolve(tool)));
  }
}
