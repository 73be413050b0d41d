package cn.jiangle.ecojustice.bot.carbon;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The 碳汇交易指导价格 and the subscription channel ({@code ecojustice.guidance.carbon.*}). The price is never guessed:
 * prices reported in practice range from about 10 to 333 yuan per tonne, so without a configured price nothing is
 * computed and the handling officer is told. A configured price comes with its source and effective date (shown with
 * every figure computed from it) and the subscription URL the 碳汇认购二维码 carries.
 *
 * @param pricePerTonne yuan per tonne CO₂e, or null when the price has not been set
 * @param priceSource where the price comes from, shown with it (e.g. 福建金森碳汇科技有限公司2026年指导价)
 * @param priceEffectiveDate from when the price applies
 * @param subscriptionUrl the subscription page of 福建金森碳汇科技有限公司 the QR code leads to; the case reference is
 * appended as a query parameter
 * @param pointsPerTonne 碳汇积分 granted per tonne subscribed
 */
@Validated
@ConfigurationProperties("ecojustice.guidance.carbon")
public record CarbonGuidanceProperties(BigDecimal pricePerTonne, @DefaultValue("") String priceSource,
		LocalDate priceEffectiveDate, @DefaultValue("") String subscriptionUrl,
		@NotNull @DefaultValue("1") BigDecimal pointsPerTonne) {

	/** Above any price seen in practice by far: a typo (an extra digit or two) stops startup instead of billing. */
	static final BigDecimal PRICE_CEILING = new BigDecimal("100000");

	public CarbonGuidanceProperties {
		priceSource = priceSource == null ? "" : priceSource.strip();
		subscriptionUrl = subscriptionUrl == null ? "" : subscriptionUrl.strip();
		if (pricePerTonne != null) {
			if (pricePerTonne.signum() <= 0 || pricePerTonne.compareTo(PRICE_CEILING) > 0) {
				throw new IllegalArgumentException(
						"ecojustice.guidance.carbon.price-per-tonne must be a positive number of yuan up to 100000");
			}
			if (pricePerTonne.scale() > 2) {
				throw new IllegalArgumentException(
						"ecojustice.guidance.carbon.price-per-tonne has at most 2 decimals (fen)");
			}
			if (priceSource.isEmpty()) {
				throw new IllegalArgumentException(
						"ecojustice.guidance.carbon.price-source is required with price-per-tonne: it is shown with the price");
			}
			if (priceEffectiveDate == null) {
				throw new IllegalArgumentException(
						"ecojustice.guidance.carbon.price-effective-date (ISO date) is required with price-per-tonne");
			}
			if (subscriptionUrl.isEmpty()) {
				throw new IllegalArgumentException(
						"ecojustice.guidance.carbon.subscription-url is required with price-per-tonne: the QR code carries it");
			}
		}
		if (!subscriptionUrl.isEmpty()) {
			URI uri;
			try {
				uri = URI.create(subscriptionUrl);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(
						"ecojustice.guidance.carbon.subscription-url is not a URL: " + ex.getMessage());
			}
			if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
				throw new IllegalArgumentException("ecojustice.guidance.carbon.subscription-url must be an http(s) URL");
			}
		}
		if (pointsPerTonne != null && pointsPerTonne.signum() < 0) {
			throw new IllegalArgumentException("ecojustice.guidance.carbon.points-per-tonne must not be negative");
		}
	}

	/** Whether a price has been configured (then source, date and URL are too). */
	public boolean priced() {
		return pricePerTonne != null;
	}

	/**
	 * The subscription URL carrying {@code reference} as the {@code ref} query parameter, for the 碳汇认购二维码.
	 * @throws IllegalStateException when no URL is configured
	 */
	public String subscriptionLink(String reference) {
		if (subscriptionUrl.isEmpty()) {
			throw new IllegalStateException("no ecojustice.guidance.carbon.subscription-url configured");
		}
		return subscriptionUrl + (subscriptionUrl.contains("?") ? "&" : "?") + "ref="
				+ java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8);
	}

}
