package cn.jiangle.ecojustice.bot.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Everything the simulated WeCom carried, in order: what people typed (IN), what the assistant delivered through the
 * API (OUT) and later changes to delivered cards (UPDATE). Kept in memory, bounded, for the page and for tests; the
 * simulator is a local tool and its history need not survive a restart.
 */
final class Transcript {

	/** Who a message is to or from, as WeCom addresses them. */
	enum PartyKind {

		/** a WeCom member (userid): officers */
		OFFICER,
		/** a WeChat user talking to 微信客服 (external_userid): defendants */
		DEFENDANT,
		/** an application group chat (chatid) */
		APPCHAT,
		/** a group robot (webhook key) */
		ROBOT

	}

	enum Direction {
		IN, OUT, UPDATE
	}

	record Party(PartyKind kind, String id) {
	}

	/**
	 * @param body the message object as WeCom carries it (e.g. {@code {"content": …}} for text, the whole
	 * {@code template_card} for cards)
	 * @param responseCode for delivered template cards: the code their updates refer to
	 * @param target for UPDATE: the seq of the entry it changes
	 */
	record Entry(long seq, Instant at, Party party, Direction direction, String msgType, JsonNode body,
			String responseCode, Long target) {
	}

	record Chat(String chatId, String name, String owner, List<String> members) {
	}

	/**
	 * @param instance names this transcript (a new one every start): a page that kept an older one open across a
	 * restart sees it change, knows its sequence numbers no longer apply and starts over
	 */
	record Page(List<Entry> entries, List<Chat> chats, long last, String instance) {
	}

	private final int limit;

	private final Clock clock;

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final Map<String, Chat> chats = new LinkedHashMap<>();

	private final String instance = UUID.randomUUID().toString();

	private long seq;

	Transcript(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	synchronized Entry append(Party party, Direction direction, String msgType, JsonNode body, String responseCode,
			Long target) {
		Entry entry = new Entry(++seq, clock.instant(), party, direction, msgType, body, responseCode, target);
		entries.addLast(entry);
		while (entries.size() > limit) {
			entries.removeFirst();
		}
		return entry;
	}

	synchronized Entry append(Party party, Direction direction, String msgType, JsonNode body) {
		return append(party, direction, msgType, body, null, null);
	}

	/** Entries after {@code seq} (0 = all kept), oldest first, with every known group chat. */
	synchronized Page after(long after) {
		List<Entry> newer = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.seq() > after) {
				newer.add(entry);
			}
		}
		return new Page(newer, List.copyOf(chats.values()), seq, instance);
	}

	/** The delivered cards (one per recipient) a {@code response_code} refers to. */
	synchronized List<Entry> cardsByResponseCode(String responseCode) {
		return entries.stream().filter(e -> responseCode.equals(e.responseCode())).toList();
	}

	synchronized Optional<Entry> entry(long seq) {
		return entries.stream().filter(e -> e.seq() == seq).findFirst();
	}

	synchronized void putChat(Chat chat) {
		chats.put(chat.chatId(), chat);
	}

	synchronized Optional<Chat> chat(String chatId) {
		return Optional.ofNullable(chats.get(chatId));
	}

	synchronized List<Entry> to(Party party) {
		return entries.stream().filter(e -> e.party().equals(party)).toList();
	}

}
