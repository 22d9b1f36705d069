package com.licensedesk.change;

/**
 * What home said of a kiosk's entry in its last reply: taken (APPLIED), waiting in 同期の確認 (WAITING), waiting behind
 * a gap or another waiting entry of the same customer (HELD), or refused for good (REJECTED). An entry home has not
 * answered for yet has none.
 */
public enum HomeState { APPLIED, WAITING, HELD, REJECTED }
