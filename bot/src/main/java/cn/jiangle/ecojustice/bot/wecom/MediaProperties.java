package cn.jiangle.ecojustice.bot.wecom;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Downloads of pictures and files users send ({@code wecom.media.*}).
 *
 * @param maxSize larger media are refused ({@code MediaTooLarge}) without being read to the end; the whole content is
 * held in memory while it is handled, so this bounds memory per dispatcher thread. WeCom serves media/get up to 20 MB
 * in one piece (larger needs ranged downloads)
 */
@Validated
@ConfigurationProperties("wecom.media")
public record MediaProperties(@DefaultValue("20MB") @NotNull DataSize maxSize) {

	/** WeCom answers 830002 above this unless the download is split into ranges, which this application does not do. */
	static final DataSize WECOM_SINGLE_DOWNLOAD = DataSize.ofMegabytes(20);

	public MediaProperties {
		if (maxSize != null && (maxSize.toBytes() <= 0 || maxSize.compareTo(WECOM_SINGLE_DOWNLOAD) > 0)) {
			throw new IllegalArgumentException("wecom.media.max-size must be positive and at most 20MB");
		}
	}

}
