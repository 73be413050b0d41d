package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaTooLarge;
import me.chanjar.weixin.common.enums.WxType;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.http.RequestExecutor;
import me.chanjar.weixin.common.util.http.ResponseHandler;
import org.apache.http.Header;
import org.apache.http.HttpEntity;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;

/**
 * One cgi-bin/media/get call, run by {@link QuietWxCpService#execute} (which adds the shared access token and
 * refreshes it once on 40001/40014/42001). WeCom answers the file itself (Content-Type, Content-disposition with the
 * file name) or, on failure, a JSON errcode; the content is read only up to the size cap, so an oversized file is
 * refused without being held in memory.
 */
final class MediaDownload implements RequestExecutor<MediaContent, String> {

	/** A JSON error answer is small; more than this is not one. */
	private static final int MAX_ERROR_BODY = 64 * 1024;

	private static final Pattern QUOTED_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

	private static final Pattern PLAIN_NAME = Pattern.compile("filename=([^;\"\\s]+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern EXTENDED_NAME = Pattern.compile("filename\\*=([^']*)'[^']*'([^;\\s]+)",
			Pattern.CASE_INSENSITIVE);

	private final CloseableHttpClient http;

	private final String mediaId;

	private final long maxBytes;

	MediaDownload(CloseableHttpClient http, String mediaId, long maxBytes) {
		this.http = http;
		this.mediaId = mediaId;
		this.maxBytes = maxBytes;
	}

	@Override
	public MediaContent execute(String uri, String data, WxType wxType) throws WxErrorException, IOException {
		HttpGet get = new HttpGet(uri);
		try (CloseableHttpResponse response = http.execute(get)) {
			int status = response.getStatusLine().getStatusCode();
			if (status != 200) {
				throw new IOException("media/get answered HTTP " + status);
			}
			HttpEntity entity = response.getEntity();
			if (entity == null) {
				throw new IOException("media/get answered no content");
			}
			String contentType = header(response, "Content-Type");
			String disposition = header(response, "Content-Disposition");
			if (disposition == null && isErrorType(contentType)) {
				byte[] body = read(entity.getContent(), MAX_ERROR_BODY);
				WxError error = WxError.fromJson(new String(body, StandardCharsets.UTF_8), WxType.CP);
				if (error.getErrorCode() != 0) {
					throw new WxErrorException(error);
				}
				throw new IOException("media/get answered JSON without an errcode");
			}
			if (entity.getContentLength() > maxBytes) {
				// closing the response unread drops the connection instead of downloading the rest
				get.abort();
				throw new MediaTooLarge(mediaId, maxBytes);
			}
			byte[] bytes = read(entity.getContent(), maxBytes + 1);
			if (bytes.length > maxBytes) {
				get.abort();
				throw new MediaTooLarge(mediaId, maxBytes);
			}
			String type = baseType(contentType);
			return new MediaContent(fileName(disposition, type), type, bytes);
		}
	}

	@Override
	public void execute(String uri, String data, ResponseHandler<MediaContent> handler, WxType wxType)
			throws WxErrorException, IOException {
		handler.handle(execute(uri, data, wxType));
	}

	private static byte[] read(InputStream in, long limit) throws IOException {
		try (in) {
			return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit));
		}
	}

	private static String header(CloseableHttpResponse response, String name) {
		Header header = response.getFirstHeader(name);
		return header == null || header.getValue().isBlank() ? null : header.getValue();
	}

	private static boolean isErrorType(String contentType) {
		if (contentType == null) {
			return false;
		}
		String type = baseType(contentType);
		return type.equals("application/json") || type.equals("text/plain");
	}

	static String baseType(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return "application/octet-stream";
		}
		int semicolon = contentType.indexOf(';');
		return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	/** The name in Content-Disposition (RFC 6266's filename* first), else the media id with the type's extension. */
	String fileName(String disposition, String contentType) {
		if (disposition != null) {
			Matcher extended = EXTENDED_NAME.matcher(disposition);
			if (extended.find()) {
				String charset = extended.group(1).isBlank() ? "UTF-8" : extended.group(1);
				try {
					String name = URLDecoder.decode(extended.group(2).replace("+", "%2B"), charset);
					if (!name.isBlank()) {
						return safe(name);
					}
				}
				catch (IllegalArgumentException | java.io.UnsupportedEncodingException ex) {
					// fall through to the plain name
				}
			}
			Matcher quoted = QUOTED_NAME.matcher(disposition);
			if (quoted.find() && !quoted.group(1).isBlank()) {
				return safe(quoted.group(1));
			}
			Matcher plain = PLAIN_NAME.matcher(disposition);
			if (plain.find()) {
				return safe(plain.group(1));
			}
		}
		return mediaId + extension(contentType);
	}

	/** Only the last path segment, without control characters: the name is shown and stored, never used as a path. */
	static String safe(String name) {
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String cleaned = last.replaceAll("\\p{Cntrl}", "").strip();
		return cleaned.isEmpty() ? "media" : cleaned;
	}

	static String extension(String contentType) {
		return switch (contentType) {
			case "image/jpeg", "image/jpg" -> ".jpg";
			case "image/png" -> ".png";
			case "image/gif" -> ".gif";
			case "image/webp" -> ".webp";
			case "application/pdf" -> ".pdf";
			default -> "";
		};
	}

}
