package dev.formwork.compiler.directive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a git remote URL into a browsable https URL without credentials, e.g. {@code
 * git@github.com:org/app.git} and {@code https://user:token@github.com/org/app.git} both become
 * {@code https://github.com/org/app}. Credentials must never reach a template.
 */
final class GitUrls {

  private static final Pattern SCP_LIKE = Pattern.compile("^[^@/:]+@([^:/]+):(.+)$");
  private static final Pattern WITH_SCHEME =
      Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?([^/:]+)(?::\\d+)?/(.+)$");

  private GitUrls() {}

  static String sanitize(String remote) {
    String url = remote.trim();
    String host;
    String path;
    Matcher scheme = WITH_SCHEME.matcher(url);
    Matcher scp = SCP_LIKE.matcher(url);
    if (scheme.matches()) {
      host = scheme.group(1);
      path = scheme.group(2);
    } else if (scp.matches()) {
      host = scp.group(1);
      path = scp.group(2);
    } else {
      return url;
    }
    if (path.endsWith(".git")) {
      path = path.substring(0, path.length() - 4);
    }
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    return "https://" + host + "/" + path;
  }
}
