/*
 * Chinese names read family name first, without a space: 刘芳. The webapps compose a user's name as
 * "<first name> <last name>" (芳 刘) in the header, in Tasklist's task list and task details, on
 * Welcome's profile, and show Admin's user list in a first-name and a last-name column. This rewrites those places as the
 * page renders: a two-part name whose parts are both written in Chinese characters is shown family
 * name first; other names keep the webapps' order. Admin's list gets one 姓名 column instead of two.
 */
const HAN = /^\p{Script=Han}+$/u;
const READS_CHINESE = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .toLowerCase().startsWith('zh');
const NAME_PLACES = '.account > .dropdown-toggle, .tasks-list .assignee, li.assignee, .user-profile-name';

/** "芳 刘" (first name, last name) as 刘芳; null for anything else. */
export function chineseName(text) {
  const parts = text.trim().split(/\s+/);
  return parts.length === 2 && HAN.test(parts[0]) && HAN.test(parts[1]) ? parts[1] + parts[0] : null;
}

function reorder(node) {
  if (node.parentElement && node.parentElement.closest(NAME_PLACES)) {
    const name = chineseName(node.data);
    if (name) {
      node.data = node.data.replace(node.data.trim(), name);
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

/** Admin's user list: one 姓名 column (family name first) in place of 名 and 姓; sorting by it sorts by family name. */
function mergeNameColumns() {
  document.querySelectorAll('table').forEach((table) => {
    const firstHead = table.querySelector('th.firstname');
    const lastHead = table.querySelector('th.lastname');
    if (!firstHead || !lastHead) {
      return;
    }
    if (!table.querySelector('th.dlm-name')) {
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
      const first = row.querySelector('td.firstname');
      const last = row.querySelector('td.lastname');
      if (!first || !last) {
        return;
      }
      let cell = row.querySelector('td.dlm-name');
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
