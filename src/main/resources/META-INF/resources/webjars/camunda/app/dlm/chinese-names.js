/*
 * Chinese names read family name first, without a space: 刘芳. The webapps compose a user's name as
 * "<first name> <last name>" (芳 刘) in the header, in Tasklist's task list and task details, on
 * Welcome's profile and Admin's user page, and show Admin's user lists in a first-name and a
 * last-name column. This rewrites those places as the page renders: a two-part name whose parts are
 * both written in Chinese characters is shown family name first; other names keep the webapps'
 * order. Admin's user lists get one 姓名 column instead of two.
 */
const HAN = /^\p{Script=Han}+$/u;
const READS_CHINESE = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .toLowerCase().startsWith('zh');
const NAME_PLACES = '.account > .dropdown-toggle, .tasks-list .assignee, li.assignee, .user-profile-name,'
  + ' .cam-breadcrumb';
/** Places whose text ends with a name: Admin's "编辑用户 芳 刘". */
const TRAILING_NAME_PLACES = '.section-content > header h3';

/** "芳 刘" (first name, last name) as 刘芳; null for anything else. */
export function chineseName(text) {
  const parts = text.trim().split(/\s+/);
  return parts.length === 2 && HAN.test(parts[0]) && HAN.test(parts[1]) ? parts[1] + parts[0] : null;
}

function reorder(node) {
  const parent = node.parentElement;
  if (!parent) {
    return;
  }
  if (parent.closest(NAME_PLACES)) {
    const name = chineseName(node.data);
    if (name) {
      node.data = node.data.replace(node.data.trim(), name);
    }
  } else if (parent.closest(TRAILING_NAME_PLACES)) {
    const trailing = /(\s)(\p{Script=Han}+) (\p{Script=Han}+)\s*$/u;
    if (trailing.test(node.data)) {
      node.data = node.data.replace(trailing, (match, space, given, family) => space + family + given);
    }
  }
}

function reorderTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    reorder(root);
  } else if (root.nodeType === Node.ELEMENT_NODE) {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      reorder(node);
    }
  }
}

/** The header cells of a table's first-name and last-name columns, or null. */
function nameHeads(table) {
  const heads = [...table.querySelectorAll('thead th, thead td')].filter((c) => !c.classList.contains('dlm-name'));
  const first = heads.findIndex((c) => c.matches('.firstname, [sort-by-property="firstName"]'));
  const last = heads.findIndex((c) => c.matches('.lastname, [sort-by-property="lastName"]'));
  return first >= 0 && last >= 0 ? { heads, first, last } : null;
}

/**
 * Admin's user lists (users, a group's or a tenant's members): one 姓名 column (family name first)
 * in place of 名 and 姓; a click on it sorts by family name.
 */
function mergeNameColumns() {
  document.querySelectorAll('table').forEach((table) => {
    const columns = nameHeads(table);
    if (!columns) {
      return;
    }
    const firstHead = columns.heads[columns.first];
    const lastHead = columns.heads[columns.last];
    if (!table.querySelector('thead .dlm-name')) {
      const head = document.createElement('th');
      head.className = 'dlm-name';
      head.textContent = READS_CHINESE ? '姓名' : 'Name';
      head.style.cursor = 'pointer';
      head.addEventListener('click', () => lastHead.click());
      firstHead.parentNode.insertBefore(head, firstHead);
      firstHead.style.display = 'none';
      lastHead.style.display = 'none';
    }
    table.querySelectorAll('tbody tr').forEach((row) => {
      const cells = [...row.children].filter((c) => !c.classList.contains('dlm-name'));
      const first = cells[columns.first];
      const last = cells[columns.last];
      if (!first || !last) {
        return;
      }
      let cell = row.querySelector(':scope > .dlm-name');
      if (!cell) {
        cell = document.createElement('td');
        cell.className = 'dlm-name';
        row.insertBefore(cell, first);
        first.style.display = 'none';
        last.style.display = 'none';
      }
      const given = first.textContent.trim();
      const family = last.textContent.trim();
      const name = HAN.test(given) && HAN.test(family) ? family + given : [given, family].filter(Boolean).join(' ');
      if (cell.textContent !== name) {
        cell.textContent = name;
      }
    });
  });
}

/** Admin's page title "… | 编辑用户 芳 刘". */
function reorderTitle() {
  const title = document.querySelector('head > title');
  const trailing = /(编辑用户\s+)(\p{Script=Han}+) (\p{Script=Han}+)\s*$/u;
  if (title && trailing.test(title.textContent)) {
    title.textContent = title.textContent.replace(trailing, (match, prefix, given, family) => prefix + family + given);
  }
}

const title = document.querySelector('head > title');
if (title) {
  new MutationObserver(reorderTitle).observe(title, { childList: true, characterData: true, subtree: true });
}

new MutationObserver((mutations) => {
  mutations.forEach((mutation) => {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach(reorderTree);
    } else {
      reorder(mutation.target);
    }
  });
  mergeNameColumns();
}).observe(document.body, { childList: true, subtree: true, characterData: true });
reorderTree(document.body);
