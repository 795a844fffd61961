package cn.dlm.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code ldap} profile: users, groups and memberships come read-only from the organization's directory (LDAP or
 * Active Directory) through Camunda's LDAP identity plugin, which the engine picks up as a plugin bean; passwords
 * are checked by binding as the user. Authorizations, Tasklist filters and all process data stay in the database.
 * Every plugin setting is bound from {@code dlm.ldap.*} (application-ldap.yaml, docs/operations.md).
 */
@Configuration
@Profile("ldap")
class DirectoryConfiguration {

  @Bean
  @ConfigurationProperties("dlm.ldap")
  DirectoryIdentityPlugin ldapIdentityProviderPlugin() {
    return new DirectoryIdentityPlugin();
  }
}
