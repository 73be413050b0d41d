package cn.jiangle.ecojustice.bot.wecom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaExpired;
import cn.jiangle.ecojustice.bot.messages.MediaNotFetched;
import cn.jiangle.ecojustice.bot.messages.MediaTooLarge;
import cn.jiangle.ecojustice.bot.messages.MediaUnavailable;
import cn.jiangle.ecojustice.bot.messages.PreparationNeeded;
import io.micrometer.core.instrument.MeterRegistry;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link InboundMedia} over WeCom's cgi-bin/media/get (one API for the application's and 微信客服's media ids, with the
 * access token shared through the database). Downloads prepared for a handler wait here, per event and media id,
 * until the dispatcher handles the event again right after (on this node, in the same worker); the few kept are
 * bounded, and one dropped is only downloaded again.
 */
final class WeComInboundMedia implements InboundMedia {

	private static final Logger log = LoggerFactory.getLogger(WeComInboundMedia.class);

	/** WeCom: invalid media_id — unknown, or older than the 3 days temporary media are kept. */
	static final int INVALID_MEDIA_ID = 40007;

	/** WeCom: the file is too large to be downloaded in one piece. */
	static final int FILE_TOO_LARGE = 830002;

	private static final int MAX_WAITING = 32;

	private final WxCpService wecom;

	private final WeComHttpClient http;

	private final WeComProperties weCom;

	private final long maxBytes;

	private final MeterRegistry meters;

	private final Map<Key, Outcome> prepared = new LinkedHashMap<>(16, 0.75f, false) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Outcome> eldest) {
			return size() > MAX_WAITING;
		}

	};

	WeComInboundMedia(WxCpService wecom, WeComHttpClient http, WeComProperties weCom, MediaProperties properties,
			MeterRegistry meters) {
		this.wecom = wecom;
		this.http = http;
		this.weCom = weCom;
		this.maxBytes = properties.maxSize().toBytes();
		this.meters = meters;
	}

	@Override
	public MediaContent fetch(InboundMessage message) {
		if ((message.kind() != InboundMessage.Kind.IMAGE && message.kind() != InboundMessage.Kind.FILE)
				|| message.mediaId() == null || message.mediaId().isBlank()) {
			throw new IllegalArgumentException(message + " carries no media id");
		}
		Key key = new Key(message.eventId(), message.mediaId());
		Outcome ready = take(key);
		if (ready == null) {
			if (TransactionSynchronizationManager.isActualTransactionActive()) {
				throw new PreparationNeeded(() -> put(key, download(message)));
			}
			ready = download(message);
		}
		return ready.get();
	}

	@Override
	public MediaContent fetch(InboundMessage.Channel channel, String mediaId) {
		if (mediaId == null || mediaId.isBlank()) {
			throw new IllegalArgumentException("no media id");
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("media/get must not run while a database transaction is open");
		}
		return get(channel, mediaId);
	}

	/** Downloads, keeping a failure as the outcome to report when the event is handled again. */
	private Outcome download(InboundMessage message) {
		try {
			MediaContent content = get(message.channel(), message.mediaId());
			if (message.kind() == InboundMessage.Kind.FILE && message.content() != null
					&& !message.content().isBlank()) {
				content = new MediaContent(MediaDownload.safe(message.content()), content.contentType(),
						content.bytes());
			}
			return new Outcome(content, null);
		}
		catch (MediaNotFetched ex) {
			return new Outcome(null, ex);
		}
	}

	private MediaContent get(InboundMessage.Channel channel, String mediaId) {
		long started = System.nanoTime();
		String outcome = "ok";
		try {
			if (!weCom.configured()) {
				throw new MediaUnavailable(mediaId, "WeCom credentials not configured");
			}
			String url = wecom.getWxCpConfigStorage().getApiUrl("/cgi-bin/media/get") + "?media_id="
					+ URLEncoder.encode(mediaId, StandardCharsets.UTF_8);
			MediaContent content = wecom.execute(new MediaDownload(http.build(), mediaId, maxBytes), url, null);
			log.debug("Media {} ({}) downloaded: {} bytes in {} ms", mediaId, channel, content.bytes().length,
					(System.nanoTime() - started) / 1_000_000);
			return content;
		}
		catch (WxErrorException ex) {
			int errcode = ex.getError().getErrorCode();
			outcome = errcode == INVALID_MEDIA_ID ? "expired" : errcode == FILE_TOO_LARGE ? "too-large" : "refused";
			throw switch (errcode) {
				case INVALID_MEDIA_ID -> new MediaExpired(mediaId);
				case FILE_TOO_LARGE -> new MediaTooLarge(mediaId, maxBytes);
				default -> new MediaUnavailable(mediaId, "errcode " + errcode);
			};
		}
		catch (WxRuntimeException | DataAccessException ex) {
			outcome = "unreachable";
			throw new MediaUnavailable(mediaId, new WeComUnreachable(ex).failure());
		}
		catch (MediaTooLarge ex) {
			outcome = "too-large";
			throw ex;
		}
		catch (MediaUnavailable ex) {
			outcome = "unavailable";
			throw ex;
		}
		finally {
			meters.counter("ecojustice.media.fetch", "channel", channel == null ? "none" : channel.name(), "outcome",
					outcome).increment();
			if (!"ok".equals(outcome)) {
				log.info("Media {} ({}) not downloaded: {}", mediaId, channel, outcome);
			}
		}
	}

	private synchronized Outcome take(Key key) {
		return prepared.remove(key);
	}

	private synchronized void put(Key key, Outcome outcome) {
		prepared.put(key, outcome);
	}

	/** A prepared download is used only for exactly the event and media id it was made for. */
	private record Key(long eventId, String mediaId) {
	}

	private record Outcome(MediaContent content, MediaNotFetched failure) {

		MediaContent get() {
			if (failure != null) {
				throw failure;
			}
			return content;
		}

	}

}
