package dk.mentor.kit.testapp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** Requests and the response of the widget API. */
public final class WidgetRequests {

    private WidgetRequests() {
    }

    public record CreateWidgetRequest(
            @NotBlank @Size(max = 50) String name,
            @NotNull @Min(0) Integer quantity,
            @NotNull @Pattern(regexp = "\\d{4}") String municipality,
            Set<@Pattern(regexp = "\\d{4}") String> sharedWith) {
    }

    public record ChangeWidgetRequest(@NotBlank @Size(max = 50) String name, @NotNull @Min(0) Integer quantity) {
    }

    public record WidgetResponse(UUID id, String name, int quantity, String municipality, Set<String> sharedWith,
                                 long version) {
        static WidgetResponse from(Widget widget) {
            return new WidgetResponse(widget.id, widget.name, widget.quantity, widget.municipality,
                    Set.copyOf(widget.sharedWith), widget.version);
        }
    }
}
