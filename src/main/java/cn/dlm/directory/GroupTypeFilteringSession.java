package cn.dlm.directory;

import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;

/**
 * The LDAP plugin's session, except that a group query by type ({@code groupType("leadership-team")}, how the
 * system lists the leadership teams) keeps only groups whose type attribute holds that type: the plugin itself
 * reads the attribute into each group but ignores the type in queries, so every group would count as a team.
 */
class GroupTypeFilteringSession extends LdapIdentityProviderSession {

  GroupTypeFilteringSession(LdapConfiguration configuration) {
    super(configuration);
  }

  @Override
  protected String getGroupSearchFilter(LdapGroupQuery query) {
    String filter = super.getGroupSearchFilter(query);
    String typeAttribute = ldapConfiguration.getGroupTypeAttribute();
    if (query.getType() == null || typeAttribute == null || typeAttribute.isBlank()) {
      return filter;
    }
    return "(&" + filter + "(" + typeAttribute + "=" + escapeLDAPSearchFilter(query.getType()) + "))";
  }
}
