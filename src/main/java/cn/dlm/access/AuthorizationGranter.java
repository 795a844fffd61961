package cn.dlm.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Creates authorizations only where none exists yet, so every start can call it again. */
@Component
class AuthorizationGranter {

  private final AuthorizationService authorizationService;

  public AuthorizationGranter(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationQuery query = authorizationService.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId);
    save(query, AUTH_TYPE_GRANT, auth -> auth.setGroupId(groupId), resource, resourceId, permissions);
  }

  public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    AuthorizationQuery query = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId);
    save(query, AUTH_TYPE_GLOBAL, auth -> auth.setUserId(ANY), resource, resourceId, permissions);
  }

  private void save(AuthorizationQuery existing, int type, java.util.function.Consumer<Authorization> owner,
      Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = existing.singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(type);
      owner.accept(authorization);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed || authorization.getId() == null) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
