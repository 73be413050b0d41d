package cn.jiangle.ecojustice.bot.cases;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * 绑定码 settings ({@code ecojustice.binding.*}).
 *
 * @param kfLink the 微信客服 link defendants open, e.g. {@code https://work.weixin.qq.com/kfid/kfcXXXX?enc_scene=ENCXXXX};
 * the code is appended as {@code scene_param}. Empty: only the code is given (the defendant types it in 微信客服).
 * @param validFor how long a code can be used
 */
@Validated
@ConfigurationProperties("ecojustice.binding")
public record BindingProperties(@DefaultValue("") String kfLink, @NotNull @DefaultValue("7d") Duration validFor) {

	public BindingProperties {
		kfLink = kfLink == null ? "" : kfLink.strip();
		if (!kfLink.isEmpty()) {
			URI uri;
			try {
				uri = URI.create(kfLink);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("ecojustice.binding.kf-link is not a URL: " + ex.getMessage());
			}
			if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
				throw new IllegalArgumentException("ecojustice.binding.kf-link must be an http(s) URL");
			}
			if (uri.getRawQuery() != null && uri.getRawQuery().contains("scene_param=")) {
				throw new IllegalArgumentException(
						"ecojustice.binding.kf-link must not carry scene_param: the code is appended to it");
			}
		}
		if (validFor != null && (validFor.compareTo(Duration.ofMinutes(10)) < 0
				|| validFor.compareTo(Duration.ofDays(90)) > 0)) {
			throw new IllegalArgumentException("ecojustice.binding.valid-for must be between 10m and 90d");
		}
	}

	/** The link carrying {@code code} as scene_param, or empty when no link is configured. */
	String linkFor(String code) {
		if (kfLink.isEmpty()) {
			return "";
		}
		return kfLink + (kfLink.contains("?") ? "&" : "?") + "scene_param="
				+ java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
	}

}
