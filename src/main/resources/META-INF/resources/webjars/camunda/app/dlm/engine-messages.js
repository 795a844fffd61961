/*
 * Errors from the engine reach the webapps' notifications as the engine wrote them, in English
 * ("No matching task with id …", "The user with id 'x' does not have 'CREATE' permission …").
 * For a reader of Chinese this puts the known ones in Chinese, and any other message without a
 * Chinese character in a general Chinese sentence (its ENGINE-xxxxx code, if any, kept for support).
 * Messages already in Chinese — the project's own refusals — pass unchanged.
 */
const angular = window.angular;

const PERMISSIONS = {
  READ: '查看', UPDATE: '修改', CREATE: '新建', DELETE: '删除', ACCESS: '访问', TASK_WORK: '办理',
  TASK_ASSIGN: '指派', CREATE_INSTANCE: '发起', READ_INSTANCE: '查看实例', UPDATE_INSTANCE: '修改实例',
  READ_TASK: '查看任务', UPDATE_TASK: '修改任务', READ_HISTORY: '查看历史'
};
const RESOURCES = {
  Task: '任务', ProcessInstance: '流程实例', ProcessDefinition: '流程', Deployment: '部署', User: '用户',
  Group: '组', Filter: '筛选器', Application: '应用', Authorization: '授权', HistoricTask: '历史任务',
  HistoricProcessInstance: '历史流程实例'
};

function permission(name) {
  return PERMISSIONS[name] || name;
}

function resource(name) {
  return RESOURCES[name] || name;
}

const KNOWN = [
  [/No matching (?:task|process instance|process definition|filter|user|group|deployment)[^]*$/i,
    () => '找不到要打开的内容：它可能已经办结、撤销或删除。请刷新页面。'],
  [/Cannot find task with id [^]*task is null/i,
    () => '此任务已不存在：它可能已由他人办结或已撤销。请刷新任务列表。'],
  [/Task '[^']*' is already claimed by someone else/i,
    () => '此任务已被他人认领。请刷新任务列表。'],
  [/The user with id '([^']*)' does not have one of the following permissions: '(\w+)' permission on resource '[^']*' of type '(\w+)'/i,
    (m, user, perm, type) => '用户“' + user + '”没有' + permission(perm) + resource(type) + '的权限。如需办理，请联系组织办。'],
  [/The user with id '([^']*)' does not have '(\w+)' permission on resource '[^']*' of type '(\w+)'/i,
    (m, user, perm, type) => '用户“' + user + '”没有' + permission(perm) + resource(type) + '的权限。如需办理，请联系组织办。'],
  [/The user with id '([^']*)' does not have '(\w+)' permission on resource '(\w+)'/i,
    (m, user, perm, type) => '用户“' + user + '”没有' + permission(perm) + resource(type) + '的权限。如需办理，请联系组织办。'],
  [/The user with id '([^']*)' does not have[^]*$/i,
    (m, user) => '用户“' + user + '”没有执行此操作的权限。如需办理，请联系组织办。'],
  [/updated by another transaction concurrently/i,
    () => '数据刚被他人修改。请刷新页面后重试。'],
  [/persistence layer/i,
    () => '数据未能保存。请稍后重试；仍有问题请联系管理员。'],
  [/suspended/i,
    () => '此流程已挂起，暂时不能办理。请联系组织办。'],
  [/Cannot (?:instantiate|start) process definition/i,
    () => '流程未能发起。请检查填写的内容后重试。']
];

/** Chinese for an engine message; the message itself when it already contains Chinese. */
export function chineseMessage(message) {
  if (typeof message !== 'string' || !/[A-Za-z]/.test(message) || /\p{Script=Han}/u.test(message)) {
    return message;
  }
  for (const [pattern, text] of KNOWN) {
    const match = pattern.exec(message);
    if (match) {
      return text(...match);
    }
  }
  const code = /ENGINE-\d+/.exec(message);
  return '系统未能完成此操作。请刷新页面后重试；仍有问题请联系管理员' + (code ? '（错误代码 ' + code[0] + '）' : '') + '。';
}

function readsChinese() {
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return preferred.toLowerCase().startsWith('zh');
}

if (angular && readsChinese()) {
  angular.module('pascalprecht.translate').run(['$injector', function ($injector) {
    if (!$injector.has('Notifications')) {
      return;
    }
    const notifications = $injector.get('Notifications');
    const add = notifications.add;
    notifications.add = function (notification) {
      if (notification && !notification.unsafe) {
        notification.message = chineseMessage(notification.message);
      }
      return add.apply(this, arguments);
    };
  }]);
}
