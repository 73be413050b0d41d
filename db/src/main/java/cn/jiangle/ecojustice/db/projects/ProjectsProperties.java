package cn.jiangle.ecojustice.db.projects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on disbursement attachments, which are kept in the database (sealed) so every node serves them.
 *
 * @param attachmentMaxSize largest attachment accepted (default 10MB)
 * @param maxAttachments most attachments on one request (default 20)
 */
@ConfigurationProperties("ecojustice.projects")
public record ProjectsProperties(DataSize attachmentMaxSize, Integer maxAttachments) {

	public ProjectsProperties {
		attachmentMaxSize = (attachmentMaxSize != null) ? attachmentMaxSize : DataSize.ofMegabytes(10);
		maxAttachments = (maxAttachments != null) ? maxAttachments : 20;
		if (attachmentMaxSize.toBytes() < 1 || attachmentMaxSize.toBytes() > DataSize.ofMegabytes(64).toBytes()) {
			throw new IllegalArgumentException("ecojustice.projects.attachment-max-size must be between 1B and 64MB");
		}
		if (maxAttachments < 1 || maxAttachments > 100) {
			throw new IllegalArgumentException("ecojustice.projects.max-attachments must be between 1 and 100");
		}
	}

	/** The defaults. */
	public static ProjectsProperties defaults() {
		return new ProjectsProperties(null, null);
	}

}
