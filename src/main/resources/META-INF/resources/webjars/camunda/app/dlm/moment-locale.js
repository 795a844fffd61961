/*
 * Keeps dates ("2026年10月9日", "2 天前") in the language the webapp shows. Every locale file the
 * webapp loads (ours, then the English fallback) defines its moment locale and, as a side effect,
 * makes it moment's global locale: when the English file arrives last, dates turn English. After
 * each locale load this sets moment back to the language in use. Imported by each app's
 * scripts/moment-locale.js before the app starts, so the run block joins the app's bootstrap.
 */
const angular = window.angular;

if (angular) {
  angular.module('pascalprecht.translate').run(['$injector', '$rootScope', '$translate',
    function ($injector, $rootScope, $translate) {
      function follow() {
        const language = $translate.use();
        if (!language) {
          return;
        }
        if ($injector.has('amMoment')) {
          $injector.get('amMoment').changeLocale(language);
        } else if ($injector.has('moment')) {
          $injector.get('moment').locale(language);
        }
      }
      $rootScope.$on('$translateLoadingEnd', follow);
      $rootScope.$on('$translateChangeSuccess', follow);
    }]);
}
