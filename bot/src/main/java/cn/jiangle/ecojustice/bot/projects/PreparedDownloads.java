package cn.jiangle.ecojustice.bot.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaNotFetched;
import cn.jiangle.ecojustice.bot.messages.PreparationNeeded;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A request's attachments downloaded again when it is submitted, never while a transaction is open: inside the
 * dispatcher's transaction the first call asks for the download ({@link PreparationNeeded}), the dispatcher runs it
 * with no transaction open and handles the message again, and the second call takes the result. Keyed by the officer
 * and exactly the media ids; bounded (a result whose message ends up handled otherwise is never taken).
 */
final class PreparedDownloads {

	private static final int MAX_WAITING = 8;

	/** One attachment's content, or why it could not be fetched (a sentence for the sender). */
	record Download(MediaContent content, String failure) {
	}

	record Wanted(Channel channel, String mediaId) {
	}

	private record Key(String userid, List<Wanted> media) {
	}

	private final InboundMedia media;

	private final Map<Key, List<Download>> waiting = new LinkedHashMap<>(16, 0.75f, false) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, List<Download>> eldest) {
			return size() > MAX_WAITING;
		}

	};

	PreparedDownloads(InboundMedia media) {
		this.media = media;
	}

	/** The contents, in order; asks the dispatcher to download them first when a transaction is open. */
	List<Download> fetch(String userid, List<Wanted> wanted) {
		Key key = new Key(userid, List.copyOf(wanted));
		List<Download> ready = take(key);
		if (ready != null) {
			return ready;
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new PreparationNeeded(() -> put(key, download(key.media())));
		}
		return download(key.media());
	}

	private List<Download> download(List<Wanted> wanted) {
		List<Download> downloads = new ArrayList<>();
		for (Wanted one : wanted) {
			try {
				downloads.add(new Download(media.fetch(one.channel(), one.mediaId()), null));
			}
			catch (MediaNotFetched ex) {
				downloads.add(new Download(null, ex.toSender()));
			}
		}
		return downloads;
	}

	private synchronized void put(Key key, List<Download> downloads) {
		waiting.put(key, downloads);
	}

	private synchronized List<Download> take(Key key) {
		return waiting.remove(key);
	}

}
