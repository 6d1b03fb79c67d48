// The emulator page: chat with the bot as any phone, and watch every message it sends, live.
// Message text is user input: it only ever reaches the page as textContent, never as markup.
"use strict";

const SEND_URL = "/sandbox/messages";
const PARTIES_URL = "/emulator/parties";
const FEED_URL = "/emulator/feed";

const $ = (id) => document.getElementById(id);
const transcripts = new Map(); // "phone|channel" -> [{ who, text }]
const shown = new Set(); // feed event ids already on the page
let parties = { owners: [], staff: [] };

/** An element with attributes and children; strings become text nodes. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== undefined && value !== null && value !== false) {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children) {
    if (child !== undefined && child !== null) {
      node.append(child);
    }
  }
  return node;
}

/** WhatsApp's *bold*, _italic_ and ~strike~, built as nodes: the text itself stays text. */
function whatsAppText(text) {
  const fragment = document.createDocumentFragment();
  const marks = { "*": "strong", "_": "em", "~": "s" };
  const pattern = /(?<![\p{L}\p{N}])([*_~])(?!\s)([^\n]+?)(?<!\s)\1(?![\p{L}\p{N}])/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index), el(marks[match[1]], null, match[2]));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

function role() {
  return document.querySelector('input[name="role"]:checked').value;
}

function channel() {
  return document.querySelector('input[name="channel"]:checked').value;
}

function phone() {
  return role() === "shopper" ? $("shopper-phone").value.trim() : $("team-phone").value;
}

function transcriptKey() {
  return `${phone()}|${channel()}`;
}

/** Who a number is, as far as the page knows: "Owner", "Staff · Ramesh" or "Shopper". */
function describe(e164) {
  if (parties.owners.some((p) => p.phone === e164)) {
    return "Owner";
  }
  const staff = parties.staff.find((p) => p.phone === e164);
  return staff ? `Staff · ${staff.name}` : "Shopper";
}

function showIdentity() {
  const team = role() !== "shopper";
  $("shopper-fields").hidden = team;
  $("team-fields").hidden = !team;
  if (team) {
    fillTeam();
  }
  const who = phone();
  const shownAs = team ? $("team-phone").selectedOptions[0]?.textContent ?? who : who;
  $("chatting-as").textContent = who
    ? `Chatting as ${shownAs} (${role()}) on ${channel() === "sms" ? "SMS" : "WhatsApp"}`
    : "Pick who you are to start chatting.";
  $("composer").querySelector("button").disabled = !who;
  showTranscript();
}

function fillTeam() {
  const owner = role() === "owner";
  const people = owner ? parties.owners : parties.staff;
  const select = $("team-phone");
  const before = select.value;
  $("team-label").textContent = owner ? "Owner number" : "Staff member";
  select.replaceChildren(...people.map((p) => el("option", { value: p.phone }, p.name ? `${p.name} · ${p.display}` : p.display)));
  if (people.some((p) => p.phone === before)) {
    select.value = before;
  }
  select.hidden = people.length === 0;
  const empty = $("team-empty");
  empty.hidden = people.length > 0;
  empty.textContent = owner
    ? 'No owner number is configured. Start the bot with --Store:OwnerPhones:0 "+91 90000 00001".'
    : 'No staff yet. As the owner, send "add Ramesh 91234 09876 as staff".';
}

async function loadParties() {
  try {
    const response = await fetch(PARTIES_URL, { headers: { Accept: "application/json" } });
    if (response.ok) {
      parties = await response.json();
    }
  } catch {
    // The bot is not answering; the chat will say so when a message is sent.
  }
  showIdentity();
}

function showTranscript() {
  const entries = transcripts.get(transcriptKey()) ?? [];
  $("conversation").replaceChildren(...entries.map(bubble));
}

function bubble(entry) {
  const label = { you: "You", bot: "Bot", error: "Problem" }[entry.who];
  const text = entry.who === "bot" && entry.channel === "whatsapp" ? whatsAppText(entry.text) : entry.text;
  return el("li", { class: `bubble ${entry.who}` }, el("span", { class: "who-said" }, `${label}: `), text);
}

function say(key, entry) {
  if (!transcripts.has(key)) {
    transcripts.set(key, []);
  }
  transcripts.get(key).push(entry);
  if (key === transcriptKey()) {
    const log = $("conversation");
    log.append(bubble(entry));
    log.scrollTop = log.scrollHeight;
  }
}

async function send(text) {
  const key = transcriptKey();
  const via = channel();
  const request = { from: phone(), text, channel: via };
  if (role() === "shopper" && $("profile-name").value.trim()) {
    request.profileName = $("profile-name").value.trim();
  }
  say(key, { who: "you", text });
  const button = $("composer").querySelector("button");
  button.disabled = true;
  try {
    const response = await fetch(SEND_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(request),
    });
    const answer = await response.json().catch(() => null);
    if (!response.ok) {
      say(key, { who: "error", text: answer?.detail ?? `The bot answered ${response.status}.` });
      return;
    }
    for (const reply of answer.replies.filter((r) => r.to === answer.from)) {
      say(key, { who: "bot", text: reply.body, channel: via });
    }
    if (answer.replies.length === 0) {
      say(key, { who: "error", text: "The bot sent no reply." });
    }
  } catch {
    say(key, { who: "error", text: "The bot is not answering. Is it still running?" });
  } finally {
    button.disabled = !phone();
    await loadParties(); // the owner may just have added or removed staff
  }
}

/** Tapping a quick reply answers from the phone that received it, as on WhatsApp. */
async function replyAs(e164, via, text) {
  const kind = parties.owners.some((p) => p.phone === e164) ? "owner" : parties.staff.some((p) => p.phone === e164) ? "staff" : "shopper";
  document.querySelector(`input[name="role"][value="${kind}"]`).checked = true;
  document.querySelector(`input[name="channel"][value="${via}"]`).checked = true;
  if (kind === "shopper") {
    $("shopper-phone").value = e164;
  }
  showIdentity();
  if (kind !== "shopper") {
    $("team-phone").value = e164;
    showIdentity();
  }
  await send(text);
}

function feedItem(message) {
  const via = message.channel === "SMS" ? "sms" : "whatsapp";
  const time = new Date(message.sentAt);
  const header = el(
    "header",
    null,
    el("span", { class: "to" }, `To ${message.toDisplay}`),
    el("span", null, describe(message.to)),
    el("span", { class: `badge ${via}` }, message.channel),
    el("span", { class: "badge" }, message.kind),
    message.template ? el("span", { class: "badge template" }, `Template ${message.template.name}`) : null,
    el("time", { datetime: message.sentAt }, time.toLocaleTimeString([], { hour12: false })),
  );
  const body = el("p", { class: "body" }, via === "whatsapp" ? whatsAppText(message.body) : message.body);
  const chart = message.chart ? el("p", { class: "chart" }, `Chart saved to ${message.chart}`) : null;
  const buttons = message.template?.buttons?.length
    ? el(
        "div",
        { class: "buttons", role: "group", "aria-label": "Template buttons" },
        ...message.template.buttons.map((b) => {
          const button = el("button", { type: "button", disabled: b.type !== "quick_reply" }, b.title);
          button.addEventListener("click", () => replyAs(message.to, via, b.title));
          return button;
        }),
      )
    : null;
  return el("li", null, el("article", { "aria-label": `Message to ${message.toDisplay} on ${message.channel}` }, header, body, chart, buttons));
}

function watchFeed() {
  const feed = new EventSource(FEED_URL);
  const status = $("feed-status");
  feed.addEventListener("open", () => {
    status.textContent = "Live: each message appears here as the bot sends it.";
  });
  feed.addEventListener("error", () => {
    status.textContent = "Reconnecting to the bot…";
  });
  feed.addEventListener("outbound", (event) => {
    if (shown.has(event.lastEventId)) {
      return;
    }
    shown.add(event.lastEventId);
    status.textContent = "Live: each message appears here as the bot sends it.";
    const log = $("outbound");
    log.append(feedItem(JSON.parse(event.data)));
    log.scrollTop = log.scrollHeight;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  $("who").addEventListener("change", showIdentity);
  $("shopper-phone").addEventListener("input", showIdentity);
  $("who").addEventListener("submit", (event) => event.preventDefault());
  $("composer").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $("message");
    const text = input.value;
    if (text.trim() && phone()) {
      input.value = "";
      send(text);
    }
  });
  showIdentity();
  loadParties();
  watchFeed();
});
