package dev.formwork.cli;

import dev.formwork.schema.diag.Code;
import dev.formwork.schema.json.JsonWriter;
import dev.formwork.schema.jsonschema.JsonSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code formwork init [DIR]}: writes a minimal project that compiles, packages and deploys as it
 * is: a config with the schema modeline and a default stage, one TypeScript handler with a public
 * URL, the JSON Schema next to it for the editor, and a .gitignore for formwork's build folder.
 */
@Command(
    name = "init",
    footer = {
      "",
      "Examples:",
      "  formwork init                      # here",
      "  formwork init orders --name orders-api"
    })
final class InitCommand extends FormworkCommand {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The project folder, created if missing (default: the current folder).")
  Path directory;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The service name (default: the folder's name).")
  String name;

  InitCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() {
    Path project =
        context
            .workingDirectory()
            .resolve(directory == null ? Path.of(".") : directory)
            .normalize();
    String service = name != null ? name : serviceName(project);
    if (!service.matches("[a-zA-Z][-a-zA-Z0-9]*")) {
      throw new UsageException(
          Code.CLI_USAGE,
          "--name '" + service + "' is not a service name.",
          Optional.of("Use a letter followed by letters, digits or dashes, e.g. orders-api."));
    }
    for (String existing : ConfigLocator.DEFAULT_NAMES) {
      if (Files.exists(project.resolve(existing))) {
        throw UsageException.file(
            project.resolve(existing) + " already exists: this folder has a project.",
            "Run `formwork init NEW-FOLDER` for a new one.");
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put("formwork.yml", config(service));
    files.put("src/hello.ts", HANDLER);
    files.put("formwork.schema.json", JsonWriter.pretty(JsonSchemaGenerator.generate()));
    files.put(".gitignore", gitignore(project));
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = project.resolve(file.getKey());
      if (file.getKey().equals(".gitignore") || !Files.exists(path)) {
        AtomicFiles.write(path, path, file.getValue());
        context.err().println("  created " + context.workingDirectory().relativize(path));
      }
    }
    String cd = directory == null ? "" : "cd " + directory + " && ";
    context
        .err()
        .println(
            String.join(
                System.lineSeparator(),
                "Project " + service + " is ready. Next:",
                "  " + cd + "formwork compile -r eu-west-1          # the CloudFormation template",
                "  formwork deploy -r eu-west-1 -p PROFILE            # stage dev (defaultStage)",
                "  formwork invoke hello --local -r eu-west-1         # run the handler here"));
    return ExitCodes.OK;
  }

  private static String config(String service) {
    return """
    # yaml-language-server: $schema=formwork.schema.json
    # Completion and checks in editors come from formwork.schema.json (`formwork schema`).
    serviceName: %s
    defaultStage: dev

    resources:
      hello:
        type: function
        properties:
          packaging:
            type: stacktape-lambda-buildpack
            properties:
              entryfilePath: src/hello.ts
              handlerFunction: handler
          memory: 512
          timeout: 10
          environment:
            - name: STAGE
              value: $Stage()
          url:
            enabled: true

    stackConfig:
      outputs:
        - name: helloUrl
          value: $ResourceParam('hello', 'url')
          description: Public URL of the hello function
    """
        .formatted(service);
  }

  private static final String HANDLER =
      """
      // A Lambda function URL handler (payload format 2.0).
      export const handler = async (event: { rawPath?: string }) => ({
        statusCode: 200,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ message: "Hello from formwork", stage: process.env.STAGE, path: event.rawPath ?? "/" }),
      });
      """;

  /** The existing .gitignore plus formwork's build folder, or a new one. */
  private static String gitignore(Path project) {
    Path file = project.resolve(".gitignore");
    String existing = "";
    try {
      existing = Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException unreadable) {
      throw UsageException.file(
          "Cannot read " + file + ": " + AtomicFiles.reason(unreadable) + ".",
          "Fix its permissions and run `formwork init` again.");
    }
    StringBuilder text = new StringBuilder(existing);
    for (String line : new String[] {".formwork/", "node_modules/"}) {
      if (!existing.lines().anyMatch(line::equals)) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append('\n');
        }
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  /** The folder's name as a service name: lower-case, dashes for anything else. */
  static String serviceName(Path project) {
    Path folder = project.toAbsolutePath().normalize().getFileName();
    String raw = folder == null ? "" : folder.toString().toLowerCase(Locale.ROOT);
    String cleaned =
        raw.replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
    return cleaned.isEmpty() ? "my-service" : cleaned;
  }
}
