package dev.formwork.compiler.synth.connect;

import dev.formwork.compiler.synth.ref.UserPoolRef;
import dev.formwork.schema.model.UserAuthPoolResource;
import java.util.List;

/**
 * connectTo a {@code user-auth-pool}: the server-side (Admin*) user management and sign-in actions
 * on that pool, instead of Stacktape's {@code cognito-idp:*}, which would also let the function
 * delete the pool, change its settings and create identity providers.
 */
public final class UserAuthPoolConnectTarget implements ConnectTarget<UserPoolRef> {

  static final List<String> ACTIONS =
      List.of(
          "cognito-idp:AdminAddUserToGroup",
          "cognito-idp:AdminConfirmSignUp",
          "cognito-idp:AdminCreateUser",
          "cognito-idp:AdminDeleteUser",
          "cognito-idp:AdminDeleteUserAttributes",
          "cognito-idp:AdminDisableUser",
          "cognito-idp:AdminEnableUser",
          "cognito-idp:AdminGetUser",
          "cognito-idp:AdminInitiateAuth",
          "cognito-idp:AdminListGroupsForUser",
          "cognito-idp:AdminRemoveUserFromGroup",
          "cognito-idp:AdminResetUserPassword",
          "cognito-idp:AdminRespondToAuthChallenge",
          "cognito-idp:AdminSetUserPassword",
          "cognito-idp:AdminUpdateUserAttributes",
          "cognito-idp:AdminUserGlobalSignOut",
          "cognito-idp:DescribeUserPool",
          "cognito-idp:DescribeUserPoolClient",
          "cognito-idp:GetGroup",
          "cognito-idp:ListGroups",
          "cognito-idp:ListUsers",
          "cognito-idp:ListUsersInGroup");

  @Override
  public Class<UserAuthPoolResource> resourceType() {
    return UserAuthPoolResource.class;
  }

  @Override
  public Class<UserPoolRef> refType() {
    return UserPoolRef.class;
  }

  @Override
  public void connect(Connection<UserPoolRef> connection) {
    connection.allow(ACTIONS, List.of(connection.target().arn()));
  }
}
