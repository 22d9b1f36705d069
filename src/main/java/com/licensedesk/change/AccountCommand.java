package com.licensedesk.change;

/**
 * A command on a customer's account, named by its id where the command was made and its login ID. Ids differ between
 * a kiosk and its home: home finds its own account by the login ID and replays the command rebound to it.
 */
public interface AccountCommand extends Command {

    long accountId();

    String loginId();

    /** The same command on account {@code accountId}, whose login ID is {@code loginId} (home's, after a rename). */
    AccountCommand onAccount(long accountId, String loginId);
}
