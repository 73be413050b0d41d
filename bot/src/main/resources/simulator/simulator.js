// The local WeCom simulator page. Every piece of chat text is put on the page with textContent / text nodes only
// (never innerHTML), so nothing a user or the assistant writes can become markup or script.
(function () {
  'use strict';

  var POLL_MS = 700;

  var state = {
    session: null,
    role: 'OFFICER',
    entries: [],            // transcript entries, oldest first
    bySeq: {},              // seq -> entry
    rows: {},               // seq -> chat row on screen
    updates: {},            // target seq -> latest UPDATE entry
    chats: {},              // chatid -> chat
    last: 0,
    seen: {},               // party key -> last seq looked at
    sending: false,
    instance: null,         // the transcript's name; a new one means the assistant restarted
    offline: false          // the last poll failed
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function partyKey(kind, id) { return kind + ':' + id; }

  function currentParty() {
    var id = state.role === 'OFFICER' ? $('officer-id').value.trim() : $('defendant-id').value.trim();
    return { kind: state.role, id: id };
  }

  // ---- talking to the simulator ----

  function request(method, url, body) {
    var options = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).catch(function () {
      // the network error itself says nothing useful ("Failed to fetch"); the likely cause does
      throw new Error('无法连接助手（可能正在重启）');
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parsed = type.indexOf('json') >= 0 ? response.json() : Promise.resolve(null);
      return parsed.then(function (json) {
        if (!response.ok) {
          var detail = json && json.detail ? json.detail : ('HTTP ' + response.status);
          throw new Error(detail);
        }
        return json;
      });
    });
  }

  function showError(message) { $('error').textContent = message || ''; }

  // Text the user typed that did not reach the assistant goes back into the input box, never silently lost.
  function keepTyped(typed) {
    if (!typed) { return ''; }
    var input = $('message-input');
    if (input.value.indexOf(typed) < 0) { input.value = input.value.trim() ? typed + '\n' + input.value : typed; }
    return '文字已放回输入框，请稍后重发。';
  }

  function send(path, body, typed) {
    showError('');
    return request('POST', path, body).then(function (result) {
      if (result && result.callbackStatus && (result.callbackStatus < 200 || result.callbackStatus >= 300)) {
        showError('回调被助手拒绝：HTTP ' + result.callbackStatus + '。' + keepTyped(typed));
      }
      poll();
    }).catch(function (error) {
      showError('消息未发出：' + error.message + '。' + keepTyped(typed));
    });
  }

  function sendText(text, menuId) {
    var party = currentParty();
    if (party.kind === 'OFFICER') {
      return send('/simulator/officer/messages', { userId: party.id, text: text }, text);
    }
    var body = { externalUserId: party.id, text: text };
    if (menuId) { body.menuId = menuId; }
    return send('/simulator/defendant/messages', body, menuId ? null : text);
  }

  // ---- rendering ----

  var INLINE = /(\*\*([^*]+)\*\*)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)\s]+)\))|(<font\s+color="(info|comment|warning)">([\s\S]*?)<\/font>)/g;

  // WeCom markdown, rendered safely: bold, code, links (shown as text and address), coloured font, headings, quotes.
  function appendInline(parent, text) {
    var last = 0;
    var match;
    INLINE.lastIndex = 0;
    while ((match = INLINE.exec(text)) !== null) {
      if (match.index > last) { parent.appendChild(document.createTextNode(text.slice(last, match.index))); }
      if (match[1]) {
        parent.appendChild(el('strong', null, match[2]));
      } else if (match[3]) {
        parent.appendChild(el('code', null, match[4]));
      } else if (match[5]) {
        parent.appendChild(el('span', 'md-link', match[6] + '（' + match[7] + '）'));
      } else if (match[8]) {
        parent.appendChild(el('span', 'md-' + match[9], match[10]));
      }
      last = INLINE.lastIndex;
    }
    if (last < text.length) { parent.appendChild(document.createTextNode(text.slice(last))); }
  }

  function renderMarkdown(content) {
    var box = el('div', 'markdown');
    String(content || '').split('\n').forEach(function (line) {
      var heading = /^(#{1,6})\s+(.*)$/.exec(line);
      var quote = /^>\s?(.*)$/.exec(line);
      var node;
      if (heading) {
        node = el('div', 'md-heading md-h' + heading[1].length);
        appendInline(node, heading[2]);
      } else if (quote) {
        node = el('div', 'md-quote');
        appendInline(node, quote[1]);
      } else {
        node = el('div', 'md-line');
        appendInline(node, line);
        if (line === '') { node.appendChild(document.createTextNode('\u00a0')); }
      }
      box.appendChild(node);
    });
    return box;
  }

  function renderText(content, truncated) {
    var box = el('div', 'text', content);
    if (truncated) { box.appendChild(el('div', 'note', '（超过 2048 字节的部分已被企业微信截断）')); }
    return box;
  }

  function renderCard(entry, clickable) {
    var update = state.updates[entry.seq];
    var card = entry.body;
    if (update && update.body && update.body.template_card) { card = update.body.template_card; }
    var box = el('div', 'card');
    box.setAttribute('data-card-type', card.card_type || '');
    if (card.source && card.source.desc) { box.appendChild(el('div', 'card-source', card.source.desc)); }
    if (card.main_title) {
      if (card.main_title.title) { box.appendChild(el('div', 'card-title', card.main_title.title)); }
      if (card.main_title.desc) { box.appendChild(el('div', 'card-desc', card.main_title.desc)); }
    }
    if (card.emphasis_content) {
      if (card.emphasis_content.title) { box.appendChild(el('div', 'card-emphasis', card.emphasis_content.title)); }
      if (card.emphasis_content.desc) { box.appendChild(el('div', 'card-desc', card.emphasis_content.desc)); }
    }
    if (card.quote_area && card.quote_area.quote_text) {
      box.appendChild(el('div', 'card-quote', card.quote_area.quote_text));
    }
    if (card.sub_title_text) { box.appendChild(el('div', 'card-subtitle', card.sub_title_text)); }
    (card.horizontal_content_list || []).forEach(function (row) {
      var line = el('div', 'card-row');
      line.appendChild(el('span', 'card-key', row.keyname || ''));
      line.appendChild(el('span', 'card-value', row.value || ''));
      box.appendChild(line);
    });
    (card.jump_list || []).forEach(function (jump) {
      box.appendChild(el('div', 'md-link', (jump.title || '') + (jump.url ? '（' + jump.url + '）' : '')));
    });
    var buttons = el('div', 'card-buttons');
    if (update && update.body && update.body.replace_name !== undefined) {
      var done = el('button', 'card-button done', update.body.replace_name);
      done.type = 'button';
      done.disabled = true;
      buttons.appendChild(done);
    } else {
      (card.button_list || []).forEach(function (button) {
        var b = el('button', 'card-button style-' + (button.style || 1), button.text || button.key);
        b.type = 'button';
        b.setAttribute('data-key', button.key || '');
        b.disabled = !clickable;
        b.addEventListener('click', function () {
          Array.prototype.forEach.call(buttons.querySelectorAll('button'), function (x) { x.disabled = true; });
          send('/simulator/officer/card-clicks', { userId: entry.party.id, cardSeq: entry.seq, eventKey: button.key });
        });
        buttons.appendChild(b);
      });
    }
    if (buttons.childNodes.length) { box.appendChild(buttons); }
    if (card.card_type && card.card_type !== 'button_interaction' && card.card_type !== 'text_notice'
        && card.card_type !== 'news_notice') {
      box.appendChild(el('div', 'note', '（模拟器只显示此类卡片的文字：' + card.card_type + '）'));
    }
    return box;
  }

  function renderMenu(menu, clickable) {
    var box = el('div', 'menu');
    if (menu.head_content) { box.appendChild(el('div', 'text', menu.head_content)); }
    (menu.list || []).forEach(function (item) {
      if (item.type === 'click' && item.click) {
        var b = el('button', 'menu-item', item.click.content);
        b.type = 'button';
        b.disabled = !clickable;
        b.addEventListener('click', function () { sendText(item.click.content, item.click.id); });
        box.appendChild(b);
      } else if (item.type === 'view' && item.view) {
        box.appendChild(el('div', 'md-link', item.view.content + '（' + item.view.url + '）'));
      } else if (item.type === 'text' && item.text) {
        box.appendChild(el('div', 'text', item.text.content));
      }
    });
    if (menu.tail_content) { box.appendChild(el('div', 'text', menu.tail_content)); }
    return box;
  }

  function renderBody(entry, clickable) {
    var body = entry.body || {};
    switch (entry.msgType) {
      case 'text':
        return renderText(body.content, body.truncated);
      case 'markdown':
      case 'markdown_v2':
        return renderMarkdown(body.content);
      case 'template_card':
        return renderCard(entry, clickable);
      case 'msgmenu':
        return renderMenu(body, clickable);
      case 'image':
        return renderAttachment('[图片]', body);
      case 'file':
        return renderAttachment('[文件]', body);
      case 'location':
        return renderLocation(body);
      case 'template_card_event':
        return el('div', 'text muted', '点击了「' + (body.button_text || body.event_key) + '」');
      case 'enter_session':
        return el('div', 'text muted', '通过客服链接进入会话' + (body.scene_param ? '（scene_param：' + body.scene_param + '）' : ''));
      case 'appchat_create':
        return el('div', 'text muted', '群聊「' + (body.name || '') + '」已创建，成员：' + (body.userlist || []).join('、'));
      case 'link':
        return el('div', 'md-link', (body.title || '') + '（' + (body.url || '') + '）');
      default:
        return el('div', 'text muted', '[' + entry.msgType + ' 消息] ' + JSON.stringify(body));
    }
  }

  function size(bytes) {
    if (typeof bytes !== 'number') { return ''; }
    return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB'
      : bytes >= 1024 ? Math.round(bytes / 1024) + ' KB' : bytes + ' 字节';
  }

  function renderAttachment(label, body) {
    var box = el('div', 'text muted', label + (body.file_name ? ' ' + body.file_name : ''));
    if (body.size !== undefined) { box.appendChild(el('span', 'attachment-meta', '（' + size(body.size) + '）')); }
    return box;
  }

  function renderLocation(body) {
    var name = [body.name, body.address].filter(function (part) { return part; }).join(' ');
    return el('div', 'text muted', '[位置] ' + (name ? name + ' ' : '') + '（' + body.latitude + ', ' + body.longitude + '）');
  }

  function bubble(entry, clickable) {
    var row = el('div', 'msg ' + (entry.direction === 'IN' ? 'in' : 'out'));
    row.setAttribute('data-seq', entry.seq);
    row.setAttribute('data-msgtype', entry.msgType);
    var meta = el('div', 'meta', (entry.direction === 'IN' ? '我' : '助手') + ' · ' + time(entry.at));
    row.appendChild(meta);
    var content = el('div', 'bubble');
    content.appendChild(renderBody(entry, clickable));
    row.appendChild(content);
    return row;
  }

  function time(at) {
    var date = new Date(at);
    return isNaN(date.getTime()) ? '' : date.toLocaleTimeString('zh-CN', { hour12: false });
  }

  function emptyHint(party) {
    return el('p', 'empty', party.kind === 'OFFICER'
      ? '试着问：碳汇认购的流程是什么？或输入「帮助」。'
      : '可先粘贴办案人员发来的客服链接进入会话，再发送消息。');
  }

  // Appends what is new and redraws only cards that changed, so a poll never disturbs what the user is doing
  // (selecting text, clicking a button); switching to another conversation draws it afresh.
  function renderChat(fresh) {
    var party = currentParty();
    var key = partyKey(party.kind, party.id);
    var box = $('messages');
    var nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 60;
    var switched = box.getAttribute('data-key') !== key;
    if (switched || !fresh) {
      $('chat-title').textContent = (party.kind === 'OFFICER' ? '办案人员 ' : '被告人（微信客服）') + party.id;
      box.textContent = '';
      state.rows = {};
      state.entries.forEach(function (entry) {
        if (entry.direction !== 'UPDATE' && partyKey(entry.party.kind, entry.party.id) === key) {
          state.rows[entry.seq] = box.appendChild(bubble(entry, true));
        }
      });
      if (!box.childNodes.length) { box.appendChild(emptyHint(party)); }
      box.setAttribute('data-key', key);
    } else {
      fresh.forEach(function (entry) {
        if (partyKey(entry.party.kind, entry.party.id) !== key) { return; }
        if (entry.direction === 'UPDATE') {
          var old = state.rows[entry.target];
          var target = state.bySeq[entry.target];
          if (old && target) {
            var row = bubble(target, true);
            box.replaceChild(row, old);
            state.rows[entry.target] = row;
          }
          return;
        }
        var hint = box.querySelector('.empty');
        if (hint) { box.removeChild(hint); }
        state.rows[entry.seq] = box.appendChild(bubble(entry, true));
      });
    }
    if (state.last) { state.seen[key] = state.last; }
    if (nearBottom || switched) { box.scrollTop = box.scrollHeight; }
  }

  function renderParties() {
    var list = $('parties');
    var parties = {};
    var order = [];
    function add(kind, id) {
      var key = partyKey(kind, id);
      if (!id || parties[key]) { return; }
      parties[key] = { kind: kind, id: id, unread: 0 };
      order.push(key);
    }
    add('OFFICER', state.session ? state.session.officerUserId : '');
    add('DEFENDANT', state.session ? state.session.defendantUserId : '');
    state.entries.forEach(function (entry) {
      if (entry.party.kind === 'OFFICER' || entry.party.kind === 'DEFENDANT') {
        add(entry.party.kind, entry.party.id);
        var key = partyKey(entry.party.kind, entry.party.id);
        if (entry.direction === 'OUT' && entry.seq > (state.seen[key] || 0)) { parties[key].unread++; }
      }
    });
    var current = currentParty();
    list.textContent = '';
    order.forEach(function (key) {
      var party = parties[key];
      var item = el('li');
      var button = el('button', 'party' + (key === partyKey(current.kind, current.id) ? ' current' : ''));
      button.type = 'button';
      button.appendChild(el('span', 'party-kind', party.kind === 'OFFICER' ? '办案人员' : '被告人'));
      button.appendChild(el('span', 'party-id', party.id));
      if (party.unread) { button.appendChild(el('span', 'badge', party.unread)); }
      button.addEventListener('click', function () { switchTo(party.kind, party.id); });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function renderLiaison() {
    var panel = $('liaison-panel');
    var groups = {};
    var order = [];
    state.entries.forEach(function (entry) {
      var kind = entry.party.kind;
      if (kind !== 'APPCHAT' && kind !== 'ROBOT') { return; }
      // configured liaison groups are shown by name (liaison-groups.js)
      if (window.ecoLiaisonShown && window.ecoLiaisonShown[entry.seq]) { return; }
      var key = partyKey(kind, entry.party.id);
      if (!groups[key]) { groups[key] = { kind: kind, id: entry.party.id, entries: [] }; order.push(key); }
      groups[key].entries.push(entry);
    });
    Object.keys(state.chats).forEach(function (chatId) {
      var key = partyKey('APPCHAT', chatId);
      if (!groups[key]) { groups[key] = { kind: 'APPCHAT', id: chatId, entries: [] }; order.push(key); }
    });
    panel.textContent = '';
    if (!order.length) {
      // with configured liaison groups listed above, an empty raw view says nothing
      if (!window.ecoLiaisonGroups) { panel.appendChild(el('p', 'empty', '暂无联络群消息。')); }
      return;
    }
    order.forEach(function (key) {
      var group = groups[key];
      var box = el('article', 'group ' + group.kind.toLowerCase());
      box.setAttribute('data-party', key);
      if (group.kind === 'APPCHAT') {
        var chat = state.chats[group.id] || { name: group.id, members: [] };
        box.appendChild(el('h3', null, '群聊：' + (chat.name || group.id)));
        box.appendChild(el('div', 'group-meta', 'chatid ' + group.id + (chat.members && chat.members.length
          ? ' · 成员 ' + chat.members.join('、') : '')));
      } else {
        box.appendChild(el('h3', null, '群机器人'));
        box.appendChild(el('div', 'group-meta', 'webhook key ' + group.id.slice(0, 8) + '…'));
      }
      group.entries.forEach(function (entry) {
        var row = el('div', 'group-msg');
        row.setAttribute('data-seq', entry.seq);
        row.appendChild(el('div', 'meta', time(entry.at)));
        row.appendChild(renderBody(entry, false));
        box.appendChild(row);
      });
      panel.appendChild(box);
    });
  }

  // liaison-groups.js re-renders the raw group view once it knows which messages it shows by group name
  window.ecoRenderLiaison = function () { renderLiaison(); };

  function render(fresh) {
    renderChat(fresh);
    renderParties();
    renderLiaison();
  }

  // ---- polling ----

  var polling = false;
  var timer = null;

  // After a restart the transcript starts again at seq 1: forget the old one, or nothing new would ever show.
  function restarted(instance) {
    state.entries = [];
    state.bySeq = {};
    state.rows = {};
    state.updates = {};
    state.chats = {};
    state.seen = {};
    state.last = 0;
    state.instance = instance;
    $('messages').removeAttribute('data-key');
    render();
    showError('助手已重启，之前的对话记录不再显示；重启前未发出的文字仍在输入框中。');
  }

  function poll() {
    if (polling) { return; }
    polling = true;
    clearTimeout(timer);
    var again = POLL_MS;
    request('GET', '/simulator/transcript?after=' + state.last).then(function (page) {
      if (state.offline) {
        state.offline = false;
        showError($('message-input').value.trim() ? '已重新连接助手，输入框中未发出的文字可以重发了。' : '');
      }
      if (state.instance !== null && page.instance !== state.instance) {
        restarted(page.instance);
        again = 0;
        return;
      }
      state.instance = page.instance;
      var fresh = [];
      page.entries.forEach(function (entry) {
        if (entry.seq <= state.last) { return; }
        if (entry.direction === 'UPDATE') { state.updates[entry.target] = entry; }
        state.entries.push(entry);
        state.bySeq[entry.seq] = entry;
        fresh.push(entry);
      });
      var changed = fresh.length > 0;
      (page.chats || []).forEach(function (chat) {
        if (!state.chats[chat.chatId]) { changed = true; }
        state.chats[chat.chatId] = chat;
      });
      if (page.last > state.last) { state.last = page.last; }
      if (changed) { render(fresh); }
    }).catch(function (error) {
      state.offline = true;
      showError('无法连接模拟器：' + error.message);
    }).then(function () {
      polling = false;
      timer = setTimeout(poll, again);
    });
  }

  // ---- identity and input ----

  function switchTo(kind, id) {
    state.role = kind;
    $('role-officer').checked = kind === 'OFFICER';
    $('role-defendant').checked = kind === 'DEFENDANT';
    if (kind === 'OFFICER') { $('officer-id').value = id; } else { $('defendant-id').value = id; }
    showRoleFields();
    render();
  }

  function showRoleFields() {
    $('officer-fields').hidden = state.role !== 'OFFICER';
    $('defendant-fields').hidden = state.role !== 'DEFENDANT';
  }

  // ---- pictures, files and locations ----

  var MAX_MEDIA_BYTES = 10 * 1024 * 1024;

  function mediaPath(kind) { return kind === 'OFFICER' ? '/simulator/officer/media' : '/simulator/defendant/media'; }

  function sendFile(input, kind) {
    var file = input.files && input.files[0];
    input.value = '';
    if (!file) { return; }
    var party = currentParty();
    if (!party.id) { showError('请先填写用户 ID'); return; }
    if (file.size > MAX_MEDIA_BYTES) { showError('文件不能超过 10MB'); return; }
    var type = file.type || (/\.pdf$/i.test(file.name) ? 'application/pdf' : 'application/octet-stream');
    var reader = new FileReader();
    reader.onload = function () {
      var url = String(reader.result);
      var body = { kind: kind, fileName: file.name, contentType: type, data: url.slice(url.indexOf(',') + 1) };
      if (party.kind === 'OFFICER') { body.userId = party.id; } else { body.externalUserId = party.id; }
      send(mediaPath(party.kind), body);
    };
    reader.onerror = function () { showError('无法读取所选文件'); };
    reader.readAsDataURL(file);
  }

  function sendLocation() {
    var party = currentParty();
    if (!party.id) { showError('请先填写用户 ID'); return; }
    var latitude = parseFloat($('location-lat').value);
    var longitude = parseFloat($('location-lon').value);
    if (isNaN(latitude) || isNaN(longitude)) { showError('请填写纬度和经度（度，如 26.6650 和 117.3650）'); return; }
    var body = { latitude: latitude, longitude: longitude, label: $('location-label').value };
    if (party.kind === 'OFFICER') { body.userId = party.id; } else { body.externalUserId = party.id; }
    send(party.kind === 'OFFICER' ? '/simulator/officer/locations' : '/simulator/defendant/locations', body);
  }

  function submit() {
    var input = $('message-input');
    var text = input.value;
    if (!text.trim()) { return; }
    if (!currentParty().id) { showError('请先填写用户 ID'); return; }
    input.value = '';
    sendText(text);
  }

  function verifyCallback() {
    var status = $('callback-status');
    request('POST', '/simulator/callback-checks').then(function (result) {
      status.setAttribute('data-state', result.verified ? 'ok' : 'failed');
      status.textContent = result.verified ? '回调地址已验证 /wecom/callback' : '回调地址验证失败';
    }).catch(function (error) {
      status.setAttribute('data-state', 'failed');
      status.textContent = '回调地址验证失败：' + error.message;
    });
  }

  function start() {
    document.querySelectorAll('input[name=role]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        if (radio.checked) { state.role = radio.value; showRoleFields(); render(); }
      });
    });
    ['officer-id', 'defendant-id'].forEach(function (id) {
      $(id).addEventListener('change', function () { render(); });
    });
    $('composer').addEventListener('submit', function (event) { event.preventDefault(); submit(); });
    $('message-input').addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { event.preventDefault(); submit(); }
    });
    $('photo-input').addEventListener('change', function () { sendFile($('photo-input'), 'IMAGE'); });
    $('file-input').addEventListener('change', function () { sendFile($('file-input'), 'FILE'); });
    $('send-location').addEventListener('click', sendLocation);
    $('enter-session').addEventListener('click', function () {
      var party = currentParty();
      send('/simulator/defendant/sessions', { externalUserId: party.id, link: $('kf-link').value });
    });
    request('GET', '/simulator/session').then(function (session) {
      state.session = session;
      $('officer-id').value = session.officerUserId;
      $('defendant-id').value = session.defendantUserId;
      if (session.site) {
        $('location-lat').value = session.site.latitude;
        $('location-lon').value = session.site.longitude;
        $('location-label').value = session.site.label || '';
      }
      showRoleFields();
      render();
      poll();
      verifyCallback();
    }).catch(function (error) { showError('模拟器不可用：' + error.message); });
  }

  document.addEventListener('DOMContentLoaded', start);
})();
