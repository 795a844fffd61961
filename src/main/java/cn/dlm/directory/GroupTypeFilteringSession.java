package cn.dlm.directory;

import java.util.List;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;

/**
 * The LDAP plugin's session, except that a group query by type ({@code groupType("leadership-team")}, how the
 * system lists the leadership teams) keeps only groups whose type attribute holds that type: the plugin itself
 * reads the attribute into each group but ignores the type in queries, so every group would count as a team.
 * With a team DN pattern ({@code dlm.ldap.team-dn-pattern}) a group whose DN matches it is a team as well, whatever
 * its type attribute holds: such queries find the groups without the type condition and keep those of the type.
 */
class GroupTypeFilteringSession extends LdapIdentityProviderSession {

  private final TeamDnPattern teamDnPattern;
  private final String teamType;

  GroupTypeFilteringSession(LdapConfiguration configuration, TeamDnPattern teamDnPattern, String teamType) {
    super(configuration);
    this.teamDnPattern = teamDnPattern;
    this.teamType = teamType;
  }

  @Override
  protected GroupEntity transformGroup(SearchResult result) {
    GroupEntity group = super.transformGroup(result);
    if (teamDnPattern != null && teamDnPattern.matches(result.getNameInNamespace())) {
      group.setType(teamType);
    }
    return group;
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    if (teamDnPattern == null || query.getType() == null) {
      return super.findGroupByQueryCriteria(query);
    }
    int first = query.getFirstResult();
    int max = query.getMaxResults();
    query.setFirstResult(0);
    query.setMaxResults(Integer.MAX_VALUE);
    try {
      return super.findGroupByQueryCriteria(query).stream().filter(group -> query.getType().equals(group.getType()))
          .skip(first).limit(max).toList();
    } finally {
      query.setFirstResult(first);
      query.setMaxResults(max);
    }
  }

  @Override
  protected String getGroupSearchFilter(LdapGroupQuery query) {
    String filter = super.getGroupSearchFilter(query);
    String typeAttribute = ldapConfiguration.getGroupTypeAttribute();
    if (query.getType() == null || typeAttribute == null || typeAttribute.isBlank() || teamDnPattern != null) {
      return filter;
    }
    return "(&" + filter + "(" + typeAttribute + "=" + escapeLDAPSearchFilter(query.getType()) + "))";
  }
}
