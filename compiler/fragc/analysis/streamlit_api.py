"""What Streamlit 1.67's ``streamlit`` module has, for the rules that check ``st.X``.

:data:`STREAMLIT_NAMES` lists every public top-level name of ``streamlit`` 1.67.0
(``dir(streamlit)`` without underscores, taken from the released package), plus the
two deprecated aliases fragc keeps on purpose (``experimental_fragment``,
``experimental_dialog``; see CONTRACT.md). :func:`implemented_names` says which of
them fragc's shim provides: those defined in ``fragc.shim.api`` (the module the app
gets as ``streamlit``), so the build-time check and the run-time module can never
disagree.
"""

from __future__ import annotations

from collections.abc import Collection

FRAGC_ALIASES = frozenset({"experimental_fragment", "experimental_dialog"})

STREAMLIT_NAMES: frozenset[str] = FRAGC_ALIASES | frozenset(
    """
    App Page altair_chart area_chart audio audio_input auth_util badge balloons bar_chart
    bottom button byte_util cache_data cache_resource camera_input caption chat_input
    chat_message checkbox cli_util code color_picker column_config columns commands
    components config config_option config_util connection connections container context
    cursor data_editor dataframe dataframe_util date_input datetime_input delta_generator
    delta_generator_singletons deprecation_util development dialog divider download_button
    echarts_chart echo elements empty env_util error error_util errors exception expander
    feedback file_uploader file_util form form_submit_button fragment get_option
    graphviz_chart grid header help html iframe image info json latex line_chart link_button
    logger login logo logout map markdown menu_button mermaid_chart metric multiselect
    navigation net_util number_input page_link pagination path_security pdf pills
    plotly_chart popover progress proto pydeck_chart pyplot query_params radio rerun runtime
    scatter_chart secrets segmented_control select_slider selectbox session_state set_option
    set_page_config sidebar signal_util skeleton slider snow source_util space spinner
    starlette status stop streamlit string_util subheader success switch_page table tabs text
    text_area text_input time_input time_util title toast toggle toml_writer type_util typing
    url_util user user_info util vega_lite_chart version video warning watcher web write
    write_stream
    """.split()
)

# Names older Streamlit had and 1.67 removed, with what replaced them (for the hint).
REMOVED: dict[str, str] = {
    "cache": "st.cache_data or st.cache_resource",
    "experimental_memo": "st.cache_data",
    "experimental_singleton": "st.cache_resource",
    "experimental_rerun": "st.rerun",
    "experimental_get_query_params": "st.query_params",
    "experimental_set_query_params": "st.query_params",
    "experimental_data_editor": "st.data_editor",
    "experimental_connection": "st.connection",
    "experimental_user": "st.user",
    "experimental_audio_input": "st.audio_input",
    "beta_columns": "st.columns",
    "beta_container": "st.container",
    "beta_expander": "st.expander",
    "beta_set_page_config": "st.set_page_config",
}

# Methods of a container (st.X, st.sidebar.X, col.X) that open a block rather than
# write an element: Streamlit does not apply its element checks to them.
BLOCK_COMMANDS = frozenset(
    {
        "container",
        "columns",
        "tabs",
        "expander",
        "popover",
        "form",
        "status",
        "chat_message",
        "grid",
    }
)

# Container methods that write one element into the current container. (toast goes
# to the event container, whatever the current one is.)
ELEMENT_COMMANDS = frozenset(
    """
    altair_chart area_chart audio audio_input badge balloons bar_chart button camera_input
    caption chat_input checkbox code color_picker data_editor dataframe date_input
    datetime_input divider download_button echarts_chart empty error exception feedback
    file_uploader form_submit_button graphviz_chart header help html iframe image info json
    latex line_chart link_button map markdown menu_button mermaid_chart metric multiselect
    number_input page_link pagination pdf pills plotly_chart progress pydeck_chart pyplot
    radio scatter_chart segmented_control select_slider selectbox skeleton slider snow space
    spinner subheader success table text text_area text_input time_input title toggle
    vega_lite_chart video warning write write_stream
    """.split()
)

# Elements that are always widgets (they pass Streamlit's widget checks, including
# "Fragments cannot write widgets to outside containers.").
WIDGET_COMMANDS = frozenset(
    """
    audio_input button camera_input chat_input checkbox color_picker data_editor date_input
    datetime_input download_button feedback file_uploader form_submit_button menu_button
    multiselect number_input pagination pills radio segmented_control select_slider
    selectbox slider text_area text_input time_input toggle
    """.split()
)


def implemented_names() -> Collection[str]:
    """The ``st.`` names fragc's shim provides (all of Streamlit's if it cannot tell)."""
    try:
        from fragc.shim import api
    except ImportError:
        return STREAMLIT_NAMES
    from fragc.shim.optional import API_NAMES

    # vars(), not hasattr(): the module's __getattr__ answers every name with an error,
    # except the optional families' names, which it imports on first use.
    defined = {*vars(api), *API_NAMES}
    return frozenset(name for name in STREAMLIT_NAMES if name in defined)
