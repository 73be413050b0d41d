-- Inbound event text is stored sealed (AES-GCM, base64url: about 4/3 of the text plus 32 characters), bound to the
-- row's dedupe key. A 微信客服 scene_param may be 128 bytes and an event key as long: make room for their sealed form.
-- Content (TEXT) and the other sealed columns (MEDIUMTEXT / TEXT) already have room.
ALTER TABLE wecom_inbound_event
    MODIFY event_key   VARCHAR(512) NULL COMMENT 'sealed: card button key or enter_session scene',
    MODIFY scene_param VARCHAR(512) NULL COMMENT 'sealed: enter_session scene_param (may carry a 绑定码)',
    MODIFY content     TEXT         NULL COMMENT 'sealed: message text, cleared once handled';
