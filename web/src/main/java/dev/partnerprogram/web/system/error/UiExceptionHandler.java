package dev.partnerprogram.web.system.error;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiMessages;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors that a page did not handle itself end on a friendly page. Form pages catch invalid input and conflicts
 * on their own to keep what the user typed; what reaches this class has nothing to keep.
 */
@ControllerAdvice(annotations = PageController.class)
class UiExceptionHandler {
    static final String VIEW_NOT_FOUND = "error/404";
    static final String VIEW_FORBIDDEN = "error/403";
    static final String VIEW_ERROR = "error";

    private final UiMessages messages;

    UiExceptionHandler(UiMessages messages) {
        this.messages = messages;
    }

    // A mistyped id in the address is the same to the user as an object that is not there.
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return VIEW_NOT_FOUND;
    }

    @ExceptionHandler(ForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return VIEW_FORBIDDEN;
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("message", messages.text(e));
        return VIEW_ERROR;
    }
}
