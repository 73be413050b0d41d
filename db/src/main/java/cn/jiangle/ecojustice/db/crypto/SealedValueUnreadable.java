package cn.jiangle.ecojustice.db.crypto;

/** A stored encrypted value could not be decrypted (unknown key version, or altered ciphertext). */
public class SealedValueUnreadable extends RuntimeException {

	SealedValueUnreadable(String reason, Throwable cause) {
		super("Encrypted column value unreadable: " + reason, cause);
	}

}
