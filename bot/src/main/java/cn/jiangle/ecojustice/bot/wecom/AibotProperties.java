package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * 企业微信智能机器人 (AI bots in API mode, callback path {@code /wecom/aibot/callback}), prefix {@code wecom.aibot}. Bots
 * are a list ({@code wecom.aibot.bots[0].id}, {@code …token}, {@code …aes-key}): each is one bot's aibotid and the
 * Token and EncodingAESKey of its API settings. Without bots the callback answers 503. Signature freshness and the body
 * cap are the application callback's ({@code wecom.callback.*}).
 *
 * @param bots the bots this deployment answers for
 * @param streamLimit a stream not finished this long after the message is ended (WeCom stops refreshing at 6 minutes);
 * an answer ready later goes through the response_url
 * @param maxInFlight streams one user may have open with one bot (WeCom: three messages in flight)
 * @param streamChunk characters of the answer added per refresh callback
 * @param pollInterval how often answers due through a response_url are looked for besides the kick
 * @param responseUrlTimeout connect and read timeout of a response_url POST
 * @param retention exchanges older than this are deleted (a response_url is valid for an hour)
 */
@Validated
@ConfigurationProperties("wecom.aibot")
public record AibotProperties(@DefaultValue List<@Valid Bot> bots,
		@DefaultValue("330s") @NotNull Duration streamLimit, @DefaultValue("3") @Min(1) @Max(3) int maxInFlight,
		@DefaultValue("400") @Min(20) int streamChunk, @DefaultValue("1s") @NotNull Duration pollInterval,
		@DefaultValue("10s") @NotNull Duration responseUrlTimeout, @DefaultValue("1d") @NotNull Duration retention) {

	public AibotProperties {
		bots = List.copyOf(bots);
		Set<String> ids = new HashSet<>();
		for (Bot bot : bots) {
			if (!ids.add(bot.id())) {
				throw new IllegalArgumentException("wecom.aibot.bots lists the bot " + bot.id() + " twice");
			}
		}
		if (streamLimit.compareTo(Duration.ofMinutes(6)) >= 0 || streamLimit.isNegative() || streamLimit.isZero()) {
			throw new IllegalArgumentException("wecom.aibot.stream-limit must end streams before WeCom's 6 minutes");
		}
	}

	public boolean configured() {
		return !bots.isEmpty();
	}

	/**
	 * @param id the aibotid every callback of this bot carries
	 * @param token the Token of the bot's API settings
	 * @param aesKey the EncodingAESKey of the bot's API settings (43 characters)
	 */
	public record Bot(String id, String token, String aesKey) {

		public Bot {
			if (id == null || id.isBlank() || token == null || token.isBlank() || aesKey == null || aesKey.isBlank()) {
				throw new IllegalArgumentException("each of wecom.aibot.bots needs id, token and aes-key");
			}
			id = id.strip();
			token = token.strip();
			aesKey = aesKey.strip();
			try {
				WeComCrypto.decodeAesKey(aesKey);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"wecom.aibot.bots aes-key of " + id + " must be the 43-character EncodingAESKey", ex);
			}
		}

		@Override
		public String toString() {
			return "Bot[id=" + id + ", token=***, aesKey=***]";
		}

	}

}
