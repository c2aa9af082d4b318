package dev.formwork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.formwork.deployer.testing.MotoServer;
import dev.formwork.deployer.testing.SharedMoto;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code formwork init} writes a project that compiles, packages (real esbuild) and deploys to moto
 * as it is, and refuses to overwrite one.
 */
class InitCommandTest {

  @TempDir Path dir;

  @Test
  void theScaffoldCompilesPackagesAndDeploysAsItIs() throws Exception {
    InProcessCli cli = InProcessCli.in(dir);
    InProcessCli.Result init = cli.run("init", "My_Shop");
    assertEquals(0, init.exitCode(), init.all());
    Path project = dir.resolve("My_Shop");
    String config = Files.readString(project.resolve("formwork.yml"));
    assertTrue(config.startsWith("# yaml-language-server: $schema=formwork.schema.json\n"), config);
    assertTrue(config.contains("serviceName: my-shop\ndefaultStage: dev\n"), config);
    assertTrue(Files.readString(project.resolve(".gitignore")).contains(".formwork/\n"));
    assertTrue(Files.readString(project.resolve("formwork.schema.json")).contains("\"$defs\""));
    assertTrue(Files.isRegularFile(project.resolve("src/hello.ts")));

    InProcessCli here = InProcessCli.in(project);
    InProcessCli.Result compile = here.run("compile", "-r", "eu-west-1");
    assertEquals(0, compile.exitCode(), compile.err());
    assertTrue(compile.out().contains("\"my-shop-dev-hello\""), "stage dev from defaultStage");

    MotoServer moto = SharedMoto.get();
    moto.reset();
    String[] target = {"-r", "eu-west-1", "--endpoint-url", moto.endpoint().toString()};
    InProcessCli.Result deploy = here.run(concat(new String[] {"deploy", "--yes"}, target));
    assertEquals(0, deploy.exitCode(), deploy.all());
    assertTrue(deploy.all().contains("CREATE_COMPLETE"), deploy.all());
    // Sizes are written one way everywhere: the upload line uses the packager's units.
    assertTrue(
        deploy.out().matches("(?s).*Uploading hello \\([0-9.]+ (B|KB|MB)\\).*"), deploy.out());
    InProcessCli.Result delete = here.run(concat(new String[] {"destroy", "--yes"}, target));
    assertEquals(0, delete.exitCode(), delete.all());

    InProcessCli.Result again = cli.run("init", "My_Shop");
    assertEquals(2, again.exitCode());
    assertTrue(again.err().startsWith("error[cli.file]: "), again.err());
    assertTrue(again.err().contains("already exists"), again.err());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
