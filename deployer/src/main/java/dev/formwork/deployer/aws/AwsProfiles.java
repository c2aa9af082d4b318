package dev.formwork.deployer.aws;

import dev.formwork.schema.bind.Suggestions;
import dev.formwork.schema.diag.Code;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;

/**
 * The profiles of the AWS config and credentials files ({@code ~/.aws/config}, {@code
 * ~/.aws/credentials}, or {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE}), read
 * the way the SDK reads them: which profile is in effect, whether it exists, its region, and
 * whether it signs in through IAM Identity Center (SSO).
 */
public final class AwsProfiles {

  /** The profile the AWS CLI and SDKs use when none is named. */
  public static final String DEFAULT = "default";

  private final ProfileFile file;

  private AwsProfiles(ProfileFile file) {
    this.file = file;
  }

  /** Reads the files now; called only by commands that need a profile or a region from one. */
  public static AwsProfiles load() {
    return new AwsProfiles(ProfileFile.defaultProfileFile());
  }

  /**
   * The profile in effect: the one named on the command line, else {@code AWS_PROFILE}, else {@code
   * default}.
   */
  public static String effectiveName(Optional<String> named, Map<String, String> env) {
    if (named.isPresent()) {
      return named.get();
    }
    String fromEnv = env.get("AWS_PROFILE");
    return fromEnv == null || fromEnv.isBlank() ? DEFAULT : fromEnv.trim();
  }

  public boolean exists(String name) {
    return file.profile(name).isPresent();
  }

  public Set<String> names() {
    return new TreeSet<>(file.profiles().keySet());
  }

  /** The profile's {@code region}, if it sets one. */
  public Optional<String> region(String name) {
    return file.profile(name).flatMap(profile -> profile.property(ProfileProperty.REGION));
  }

  /**
   * True when the profile gets its credentials from IAM Identity Center, in either form: the legacy
   * {@code sso_start_url} or an {@code sso_session} section.
   */
  public boolean isSso(String name) {
    Optional<Profile> profile = file.profile(name);
    return profile.isPresent()
        && (profile.get().property(ProfileProperty.SSO_START_URL).isPresent()
            || profile.get().property("sso_session").isPresent());
  }

  /**
   * Fails with {@code aws.unknown-profile} when a profile that was asked for by name is in neither
   * file; {@code source} says where the name came from ("--profile", "AWS_PROFILE").
   */
  public void requireExists(String name, String source) {
    if (exists(name)) {
      return;
    }
    String known =
        names().isEmpty() ? "there are no profiles" : "known: " + String.join(", ", names());
    throw new AwsFailureException(
        new AwsFailure(
            Code.AWS_UNKNOWN_PROFILE,
            "The AWS profile '"
                + name
                + "' ("
                + source
                + ") is in neither the AWS config nor the credentials file ("
                + known
                + ").",
            Suggestions.didYouMean(name, names()).map(suggestion -> suggestion + " ").orElse("")
                + "Create it with `aws configure --profile "
                + name
                + "` or `aws configure sso --profile "
                + name
                + "`."),
        null);
  }
}
