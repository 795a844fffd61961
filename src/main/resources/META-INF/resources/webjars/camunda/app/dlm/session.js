/*
 * The logged-in user as the webapps' own API knows it, for our scripts: calls `listener` with
 * {userId, authorizedApps} (or null when nobody is logged in) once the app has started and again
 * whenever someone logs in or out. Also the engine API's base path for the engine in the address.
 */
const angular = window.angular;

export const engine = (/\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';

export const engineApi = '/camunda/api/engine/engine/' + engine;

export function onSession(listener) {
  if (!angular) {
    return;
  }
  angular.module('pascalprecht.translate').run(['$rootScope', function ($rootScope) {
    function check() {
      fetch('/camunda/api/admin/auth/user/' + engine, { credentials: 'same-origin' })
        .then((response) => (response.ok ? response.json() : null))
        .catch(() => null)
        .then((user) => listener(user && user.userId ? user : null));
    }
    $rootScope.$on('authentication.changed', check);
    check();
  }]);
}
