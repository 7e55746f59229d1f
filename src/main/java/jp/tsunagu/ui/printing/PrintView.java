package jp.tsunagu.ui.printing;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import jp.tsunagu.printing.CardOrder;
import jp.tsunagu.printing.LabelSheet;
import jp.tsunagu.printing.PaperSize;
import jp.tsunagu.printing.PrintKind;
import jp.tsunagu.ui.EventFormView;
import jp.tsunagu.ui.Icons;
import jp.tsunagu.ui.Labels;
import jp.tsunagu.ui.UiContext;
import org.kordamp.ikonli.feather.Feather;

/** The 印刷 screen: documents and their options on the left, the preview of the first pages on the right. */
final class PrintView extends BorderPane {
    private final UiContext context;
    private final PrintViewModel model;

    PrintView(UiContext context, PrintViewModel model) {
        this.context = context;
        this.model = model;
        getStyleClass().add("page");
        Node left = choices();
        BorderPane.setMargin(left, new Insets(0, 16, 0, 0));
        setLeft(left);
        setCenter(preview());
    }

    private Node choices() {
        ListView<PrintKind> kinds = new ListView<>();
        kinds.getItems().setAll(PrintViewModel.KINDS);
        kinds.setId("printKind");
        kinds.setCellFactory(v -> new KindCell());
        kinds.setFixedCellSize(46);
        kinds.setPrefHeight(PrintViewModel.KINDS.size() * 46 + 4);
        kinds.getSelectionModel().select(model.kind.get());
        kinds.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.kind.set(now);
            }
        });
        model.kind.addListener((o, old, now) -> kinds.getSelectionModel().select(now));

        VBox box = new VBox(
                12,
                heading("print.ui.documents"),
                kinds,
                languageOption(),
                cardOptions(),
                paperOptions(),
                calibration());
        box.getStyleClass().add("card");
        box.setPrefWidth(400);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(440); // room for the scroll bar without squeezing the fields
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node cardOptions() {
        ComboBox<CardOrder> order = new ComboBox<>();
        order.getItems().setAll(CardOrder.values());
        order.setId("printSort");
        order.setConverter(
                converter(o -> context.text("print.ui.order." + o.name().toLowerCase(Locale.ROOT))));
        order.valueProperty().bindBidirectional(model.order);

        CheckBox honorific = new CheckBox(context.text("print.ui.honorific"));
        honorific.setId("printHonorific");
        honorific.selectedProperty().bindBidirectional(model.honorific);

        Node startAt = field("printStartAt", model.startAt, model.startAtProblem);

        ComboBox<LabelSheet> labels = new ComboBox<>();
        labels.getItems().setAll(LabelSheet.KNOWN);
        labels.setId("printLabels");
        labels.setConverter(converter(s -> context.text(
                "print.ui.labelSheet",
                s.paper().name(),
                s.labelsPerSheet(),
                number(s.labelWidthMm()),
                number(s.labelHeightMm()))));
        labels.valueProperty().bindBidirectional(model.labels);

        GridPane grid = grid();
        order.setMaxWidth(Double.MAX_VALUE);
        labels.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(labels, Priority.ALWAYS);
        grid.addRow(0, label("print.ui.sort"), order);
        grid.addRow(1, label("print.ui.labels"), labels);
        grid.addRow(2, label("print.ui.startAt"), startAt);
        grid.add(honorific, 1, 3);
        return shownFor(section("print.ui.cardOptions", grid), PrintKind.NAMECARDS);
    }

    /** The documents' language: the event's, Japanese unless chosen here, whatever the window speaks. */
    private Node languageOption() {
        ComboBox<Locale> language = new ComboBox<>();
        language.getItems().setAll(PrintViewModel.LANGUAGES);
        language.setId("printLanguage");
        language.setConverter(converter(l -> context.text("print.ui.language." + l.getLanguage())));
        language.valueProperty().bindBidirectional(model.language);
        language.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = grid();
        GridPane.setHgrow(language, Priority.ALWAYS);
        grid.addRow(0, label("print.ui.language"), language);
        return grid;
    }

    private Node paperOptions() {
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.getItems().setAll(PrintViewModel.PAPERS);
        paper.setId("printPaper");
        paper.setConverter(converter(PaperSize::name));
        paper.valueProperty().bindBidirectional(model.paper);
        GridPane grid = grid();
        grid.addRow(0, label("print.ui.paper"), paper);
        return shownFor(section("print.ui.worksheetOptions", grid), PrintKind.WORKSHEETS);
    }

    private Node calibration() {
        CalibrationFields c = model.calibration;
        GridPane grid = grid();
        grid.addRow(0, label("print.ui.offsetX"), field("printOffsetX", c.offsetX, c.offsetXProblem));
        grid.addRow(1, label("print.ui.offsetY"), field("printOffsetY", c.offsetY, c.offsetYProblem));
        grid.addRow(2, label("print.ui.scaleX"), field("printScaleX", c.scaleX, c.scaleXProblem));
        grid.addRow(3, label("print.ui.scaleY"), field("printScaleY", c.scaleY, c.scaleYProblem));
        Label hint = new Label(context.text("print.ui.calibrationHint"));
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #57606a; -fx-font-size: 12px;");
        Button keep = new Button(context.text("print.ui.saveCalibration"), Icons.of(Feather.SAVE));
        keep.setId("printSaveCalibration");
        keep.disableProperty().bind(c.valid.not());
        keep.setOnAction(e -> model.saveCalibration());
        VBox box = new VBox(8, grid, hint, keep);
        return shownFor(section("print.ui.calibration", box), PrintKind.NAMECARDS, PrintKind.CALIBRATION);
    }

    private Node preview() {
        Label status = new Label();
        status.setId("printStatus");
        status.textProperty().bind(model.statusProperty());
        status.setStyle("-fx-text-fill: #57606a;");
        status.setWrapText(true);
        FlowPane pages = new FlowPane(16, 16);
        pages.setId("printPreview");
        pages.setPadding(new Insets(8));
        pages.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        model.previewProperty().addListener((o, old, now) -> {
            pages.getChildren().clear();
            for (var image : now.pages()) {
                // Drawn at the zoom's resolution, pixel for pixel: an A3 chart can be read at 200 %.
                ImageView view = new ImageView(SwingFXUtils.toFXImage(image, null));
                view.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.3)));
                pages.getChildren().add(view);
            }
        });
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // Said before printing: people not seated, possible duplicates, characters no bundled font has.
        Label notes = new Label();
        notes.setId("printNotes");
        notes.setWrapText(true);
        // Wraps to as many lines as it needs: the preview under it gives way, not the note.
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.textProperty().bind(model.notesProperty());
        notes.visibleProperty().bind(model.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        notes.setStyle("-fx-text-fill: #9a6700;");
        VBox box = new VBox(10, previewBar(), status, notes, scroll);
        box.getStyleClass().add("card");
        return box;
    }

    /** Above the preview, always in view: page turning, zoom, then save as PDF and print. */
    private Node previewBar() {
        Button previous = iconButton("printPreviousPage", Feather.CHEVRON_LEFT, "print.ui.previousPage");
        previous.setOnAction(e -> model.previousPage());
        previous.disableProperty().bind(model.pageProperty().lessThanOrEqualTo(0));
        Button next = iconButton("printNextPage", Feather.CHEVRON_RIGHT, "print.ui.nextPage");
        next.setOnAction(e -> model.nextPage());
        next.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.pageProperty().get() + 1
                                >= model.previewProperty().get().pageCount(),
                        model.pageProperty(),
                        model.previewProperty()));
        Label page = new Label();
        page.setId("printPageNumber");
        page.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        page.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.previewProperty().get().pageCount() == 0
                                ? ""
                                : context.text(
                                        "print.ui.pageOf",
                                        model.pageProperty().get() + 1,
                                        model.previewProperty().get().pageCount()),
                        model.pageProperty(),
                        model.previewProperty()));
        Button smaller = iconButton("printZoomOut", Feather.ZOOM_OUT, "print.ui.zoomOut");
        smaller.setOnAction(e -> model.zoom(-1));
        smaller.disableProperty().bind(model.zoomProperty().lessThanOrEqualTo(PrintViewModel.MIN_ZOOM));
        Label zoom = new Label();
        zoom.setId("printZoom");
        zoom.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        zoom.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Math.round(model.zoomProperty().get() * 100) + " %", model.zoomProperty()));
        Button larger = iconButton("printZoomIn", Feather.ZOOM_IN, "print.ui.zoomIn");
        larger.setOnAction(e -> model.zoom(1));
        larger.disableProperty().bind(model.zoomProperty().greaterThanOrEqualTo(PrintViewModel.MAX_ZOOM));

        Button save = new Button(context.text("print.ui.save"), Icons.of(Feather.DOWNLOAD));
        save.setId("printSave");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.valid.not());
        save.setOnAction(e -> model.save());
        Button print = new Button(context.text("print.ui.print"), Icons.of(Feather.PRINTER));
        print.setId("printPrint");
        print.disableProperty().bind(model.valid.not());
        print.setOnAction(e -> model.print());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        Label heading = heading("print.ui.preview");
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(8, heading, spacer, save, print);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        gap.setMinWidth(16);
        javafx.scene.layout.HBox turning =
                new javafx.scene.layout.HBox(6, previous, page, next, gap, smaller, zoom, larger);
        for (javafx.scene.layout.HBox row : java.util.List.of(top, turning)) {
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            for (Node node : row.getChildren()) {
                if (node instanceof javafx.scene.layout.Region region && node != spacer) {
                    region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                }
            }
        }
        return new VBox(8, top, turning);
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String tooltipKey) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().add("flat");
        button.setTooltip(new javafx.scene.control.Tooltip(context.text(tooltipKey)));
        return button;
    }

    private Node shownFor(Node node, PrintKind... kinds) {
        var shown = Bindings.createBooleanBinding(
                () -> java.util.Arrays.asList(kinds).contains(model.kind.get()), model.kind);
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    private Node section(String key, Node content) {
        Label title = new Label(context.text(key));
        title.getStyleClass().add("subheading");
        return new VBox(8, title, content);
    }

    private Node field(String id, javafx.beans.property.StringProperty value, ObservableValue<String> problem) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(value);
        return EventFormView.withProblem(field, problem);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        return grid;
    }

    private Label heading(String key) {
        return Labels.heading(context.text(key));
    }

    private Label label(String key) {
        return Labels.field(context.text(key));
    }

    private static String number(double mm) {
        return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** A document in the list: its name and, below, what it is. */
    private final class KindCell extends ListCell<PrintKind> {
        @Override
        protected void updateItem(PrintKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(context.text(kind.titleKey()));
            name.getStyleClass().add("table-theme");
            Label about = new Label(context.text("print.ui.about." + kind.name().toLowerCase(Locale.ROOT)));
            about.getStyleClass().add("table-hosts");
            setText(null);
            setGraphic(new VBox(2, name, about));
            setId("printKind-" + kind.commandName());
        }
    }
}
