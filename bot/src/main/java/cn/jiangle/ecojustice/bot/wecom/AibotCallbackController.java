package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 智能机器人 callback URL (API mode): GET verifies the URL, POST receives messages, refreshes and events. Verify,
 * store, acknowledge with the passive reply (the first stream chunk, the stream so far, or nothing); the answer is
 * produced by the dispatcher. Rejections are answered like the application callback's.
 */
@RestController
@RequestMapping("/wecom/aibot/callback")
@ConditionalOnWebApplication
class AibotCallbackController {

	private static final Logger log = LoggerFactory.getLogger(AibotCallbackController.class);

	private final AibotVerifier verifier;

	private final AibotIntake intake;

	private final Clock clock;

	private final long maxBodyBytes;

	AibotCallbackController(AibotVerifier verifier, AibotIntake intake, WeComProperties properties,
			ObjectProvider<Clock> clocks) {
		this.verifier = verifier;
		this.intake = intake;
		this.clock = clocks.getIfAvailable(Clock::systemUTC);
		this.maxBodyBytes = properties.callback().maxBodySize().toBytes();
	}

	@GetMapping
	ResponseEntity<String> verifyUrl(@RequestParam("msg_signature") String signature,
			@RequestParam("timestamp") String timestamp, @RequestParam("nonce") String nonce,
			@RequestParam("echostr") String echostr) {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.body(verifier.verifyUrl(signature, timestamp, nonce, echostr));
	}

	@PostMapping
	ResponseEntity<String> receive(@RequestParam("msg_signature") String signature,
			@RequestParam("timestamp") String timestamp, @RequestParam("nonce") String nonce,
			HttpServletRequest request) throws IOException {
		byte[] body = readBounded(request);
		AibotVerifier.Opened opened = verifier.open(signature, timestamp, nonce, body);
		String reply = intake.accept(opened);
		if (reply == null) {
			return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(AibotVerifier.seal(opened.crypto(), reply, nonce, clock.instant()));
	}

	@ExceptionHandler(CallbackRejected.class)
	ResponseEntity<ProblemDetail> rejected(CallbackRejected rejection, HttpServletRequest request) {
		log.warn("智能机器人 callback from {} rejected: {}", request.getRemoteAddr(), rejection.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(rejection.status(), rejection.getMessage());
		problem.setTitle("WeCom callback rejected");
		return ResponseEntity.status(rejection.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The database could not store the message: 503, so WeCom delivers it again. */
	@ExceptionHandler(org.springframework.dao.DataAccessException.class)
	ResponseEntity<ProblemDetail> unavailable(org.springframework.dao.DataAccessException failure) {
		log.warn("智能机器人 callback not stored: {}", failure.getClass().getName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"the callback could not be stored");
		problem.setTitle("WeCom callback not stored");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private byte[] readBounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBodyBytes) {
			throw new CallbackRejected.TooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
			if (body.length > maxBodyBytes) {
				throw new CallbackRejected.TooLarge();
			}
			return body;
		}
	}

}
