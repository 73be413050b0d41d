package cn.jiangle.ecojustice.bot.wecom;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The WeCom channel's settings (prefix {@code wecom}). The names of the credentials are a contract with operators and
 * the simulator: {@code wecom.corp-id}, {@code wecom.agent-id}, {@code wecom.secret}, {@code wecom.token},
 * {@code wecom.aes-key}, {@code wecom.api-base-url}, {@code wecom.bootstrap-admin}; environment variables bind to them
 * (WECOM_SECRET, WECOM_AES_KEY…). Without credentials the application still starts: callbacks answer 503 and the outbox
 * keeps messages until the channel is configured.
 *
 * @param corpId 企业ID, also the receiveid every callback must carry
 * @param agentId the self-built application's AgentId
 * @param secret the application's Secret (for gettoken)
 * @param token the callback Token (signature)
 * @param aesKey the callback EncodingAESKey (43 characters)
 * @param apiBaseUrl WeCom API root; on-premises 政务微信, the simulator and tests point elsewhere
 * @param bootstrapAdmin a WeCom userid made an ADMIN officer at startup, idempotently
 */
@Validated
@ConfigurationProperties("wecom")
public record WeComProperties(String corpId, Integer agentId, String secret, String token, String aesKey,
		@DefaultValue("https://qyapi.weixin.qq.com") @NotNull URI apiBaseUrl, String bootstrapAdmin,
		@DefaultValue @Valid Callback callback, @DefaultValue @Valid Dispatcher dispatcher,
		@DefaultValue @Valid Outbox outbox, @DefaultValue @Valid Kf kf, @DefaultValue @Valid Http http,
		@DefaultValue @Valid Token accessToken) {

	public WeComProperties {
		corpId = blankToNull(corpId);
		secret = blankToNull(secret);
		token = blankToNull(token);
		aesKey = blankToNull(aesKey);
		bootstrapAdmin = blankToNull(bootstrapAdmin);
		List<String> missing = new ArrayList<>();
		boolean any = corpId != null || agentId != null || secret != null || token != null || aesKey != null;
		if (any) {
			if (corpId == null) {
				missing.add("wecom.corp-id");
			}
			if (agentId == null) {
				missing.add("wecom.agent-id");
			}
			if (secret == null) {
				missing.add("wecom.secret");
			}
			if (token == null) {
				missing.add("wecom.token");
			}
			if (aesKey == null) {
				missing.add("wecom.aes-key");
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(
					"WeCom credentials are partly configured; also set " + String.join(", ", missing));
		}
		if (aesKey != null) {
			WeComCrypto.decodeAesKey(aesKey);
		}
		String base = apiBaseUrl.toString();
		if (base.endsWith("/")) {
			apiBaseUrl = URI.create(base.substring(0, base.length() - 1));
		}
	}

	/** Whether credentials are set, i.e. callbacks can be verified and messages sent. */
	public boolean configured() {
		return corpId != null;
	}

	/** The API root without a trailing slash, as WxJava concatenates paths to it. */
	public String apiBase() {
		return apiBaseUrl.toString();
	}

	@Override
	public String toString() {
		// secrets never reach logs, not even through a debug print of the settings
		return "WeComProperties[corpId=" + corpId + ", agentId=" + agentId + ", apiBaseUrl=" + apiBaseUrl
				+ ", secret=" + (secret == null ? "unset" : "***") + ", token=" + (token == null ? "unset" : "***")
				+ ", aesKey=" + (aesKey == null ? "unset" : "***") + "]";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * @param timestampTolerance how far a callback's timestamp may be from now (replay protection)
	 * @param maxBodySize larger callback bodies are refused with 413 before decryption
	 * @param cardClickedLabel what a clicked template-card button turns into (passive update_button reply)
	 */
	public record Callback(@DefaultValue("5m") @NotNull Duration timestampTolerance,
			@DefaultValue("64KB") @NotNull DataSize maxBodySize, @DefaultValue("已收到") String cardClickedLabel) {
	}

	/**
	 * Hands stored inbound events to the conversation layer.
	 *
	 * @param enabled false only to leave events stored and unhandled (tests of crash recovery)
	 * @param threads parallel handlers on this node (events of one user are always handled in order)
	 * @param pollInterval how often unhandled events are looked for besides the kick after each callback
	 * @param maxAttempts a failing event is retried this often, then its sender gets an apology
	 * @param retryBackoff first delay before retrying a failed event, doubled each attempt
	 */
	public record Dispatcher(@DefaultValue("true") boolean enabled, @DefaultValue("2") @Positive @Max(32) int threads,
			@DefaultValue("5s") @NotNull Duration pollInterval, @DefaultValue("5") @Positive int maxAttempts,
			@DefaultValue("10s") @NotNull Duration retryBackoff) {
	}

	/**
	 * Delivers the transactional outbox.
	 *
	 * @param enabled false leaves messages queued (the simulator or tests may turn sending off)
	 * @param threads parallel senders on this node
	 * @param pollInterval how often due messages are looked for besides the kick after each commit
	 * @param maxAttempts after this many failed attempts a message is DEAD and administrators are alerted
	 * @param initialBackoff first retry delay, doubled per attempt, capped at maxBackoff, with ± jitter
	 * @param maxBackoff longest retry delay
	 * @param jitter fraction of the delay randomised either way, so retries from many nodes spread out
	 * @param lease how long a claimed message stays reserved; a node dying mid-send releases it after this. Must be
	 * longer than a send's worst case, 2 × (access-token.refresh-lease + 2 × (2 × http.connect-timeout +
	 * http.read-timeout)) — 140 s with the defaults — or the application refuses to start
	 */
	public record Outbox(@DefaultValue("true") boolean enabled, @DefaultValue("2") @Positive @Max(32) int threads,
			@DefaultValue("2s") @NotNull Duration pollInterval,
			@DefaultValue("8") @Positive int maxAttempts, @DefaultValue("2s") @NotNull Duration initialBackoff,
			@DefaultValue("10m") @NotNull Duration maxBackoff,
			@DefaultValue("0.2") @DecimalMin("0.0") @DecimalMax("1.0") double jitter,
			@DefaultValue("3m") @NotNull Duration lease, @DefaultValue @Valid Throttle throttle) {
	}

	/**
	 * WeCom's per-recipient rate limits; messages beyond them wait for the window to pass (never dropped).
	 *
	 * @param window the sliding window
	 * @param perMember application messages to one member per window (WeCom: 30/min)
	 * @param perRobot messages to one group-robot webhook per window (WeCom: 20/min)
	 * @param perChat messages to one application group chat per window
	 */
	public record Throttle(@DefaultValue("1m") @NotNull Duration window, @DefaultValue("30") @Min(1) int perMember,
			@DefaultValue("20") @Min(1) int perRobot, @DefaultValue("20") @Min(1) int perChat) {
	}

	/**
	 * 微信客服.
	 *
	 * @param syncPageSize messages fetched per kf/sync_msg call (WeCom allows up to 1000)
	 * @param budgetMessages messages an account may send a customer within {@code budgetWindow} of the customer's
	 * last message (WeCom: 5)
	 * @param budgetWindow how long after the customer's last message anything may be sent (WeCom: 48 h)
	 * @param servicerUserid the human servicer (a WeCom userid among the account's 接待人员) sessions are handed to
	 * on 「人工」, unless {@code servicers} names one for the account
	 * @param servicers per 微信客服 account (open_kfid) the human servicer, overriding {@code servicerUserid}
	 * @param humanTimeout a hand-over with no news from WeCom for this long counts as ended (WeCom ends a session 48 h
	 * after the customer's message at the latest)
	 */
	public record Kf(@DefaultValue("1000") @Min(1) @Max(1000) int syncPageSize,
			@DefaultValue("5") @Min(1) @Max(100) int budgetMessages,
			@DefaultValue("48h") @NotNull Duration budgetWindow, String servicerUserid, Map<String, String> servicers,
			@DefaultValue("48h") @NotNull Duration humanTimeout) {

		@ConstructorBinding
		public Kf {
			servicerUserid = blankToNull(servicerUserid);
			servicers = servicers == null ? Map.of() : Map.copyOf(servicers);
		}

		/** Settings with the defaults and this page size. */
		public Kf(int syncPageSize) {
			this(syncPageSize, 5, Duration.ofHours(48), null, Map.of(), Duration.ofHours(48));
		}

		/** The servicer sessions of {@code openKfId} are handed to, if one is configured. */
		public Optional<String> servicerFor(String openKfId) {
			String specific = servicers.get(openKfId);
			return Optional.ofNullable(specific != null && !specific.isBlank() ? specific.strip() : servicerUserid);
		}

	}

	/**
	 * The HTTP client used for WeCom API calls (bounded, so a hung call never blocks a sender for long).
	 */
	public record Http(@DefaultValue("5s") @NotNull Duration connectTimeout,
			@DefaultValue("10s") @NotNull Duration readTimeout, @DefaultValue("20") @Positive int maxConnections) {
	}

	/**
	 * The access token shared by all nodes through the database.
	 *
	 * @param refreshLease how long one node may hold the right to refresh before another may take over
	 * @param refreshEarly a token is treated as expired this long before WeCom's expires_in
	 */
	public record Token(@DefaultValue("30s") @NotNull Duration refreshLease,
			@DefaultValue("5m") @NotNull Duration refreshEarly) {
	}

}
