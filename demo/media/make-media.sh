#!/usr/bin/env bash
# make-media.sh — build the synthetic "seller live show" test media for shoplive.
#
# Produces (committed to git, ~7 MB total):
#   demo/media/ladder/{720p,360p,180p}/seg-000.ts … seg-009.ts
#       A 20 s clip cut into 10 MPEG-TS segments of exactly 2.000 s (50 frames
#       @ 25 fps, IDR on every segment start, no scene-cut keyframes, closed GOP).
#       All renditions come out of ONE ffmpeg run (one filter graph, split 3 ways),
#       so their PTS boundaries are identical and a player can switch level at any
#       segment boundary. Motion is periodic over 20 s so the ladder loops.
#   demo/media/ladder/ladder.json
#       Rendition descriptions for the live server: width/height, BANDWIDTH (peak
#       segment bitrate, bits/s, incl. TS overhead + audio), AVERAGE-BANDWIDTH,
#       CODECS (profile/constraints/level read from the real SPS), and per-segment
#       durations (read back with ffprobe) and sizes.
#   demo/media/poster.jpg  — 1280x720 still (no noise, so it stays < 60 kB).
#   (Subtitles are separate: demo/media/make-subtitles.mjs reads ladder.json's startPts —
#   rerun it after a --force rebuild.)
#
# Picture: dark "studio" background, an orange "product" moving on a 10 s figure-8,
# a loop-progress bar, a big running clock (position in the 20 s loop), frame and
# segment counters, the rendition name ("720p"/"360p"/"180p") in big type so level
# switches are visible, and temporal noise so the encoder actually spends the
# advertised bitrate (ABR tests rely on segment sizes matching BANDWIDTH).
# A/V sync marker: on every whole second the frame is flashed white (1 frame) and
# the audio plays a 60 ms 1 kHz beep (1760 Hz at t=0, i.e. at every loop wrap)
# over a quiet 440 Hz tone.
#
# Encoding: libx264 High profile, yuv420p, 25 fps, -g 50 -keyint_min 50
# -sc_threshold 0 + -force_key_frames every 2 s, constant bitrate
# (b=minrate=maxrate=bufsize, x264 nal-hrd=cbr) at 720p 1500k, 360p 600k,
# 180p 200k so every segment is within a few % of the advertised bitrate (plain
# ABR front-loads/back-loads bits: last segment was +40%); AAC-LC stereo 48 kHz
# (96k/96k/64k). Timestamps start at 1.48 s (mpegts muxdelay + B-frame delay)
# and are identical in all renditions.
# Segmenting: ffmpeg's hls muxer, hls_time 2 (playlists thrown away — the live
# server in demo/server/ builds its own).
#
# Requirements: bash, ffmpeg/ffprobe (tested with 5.1), awk, and the font
#   /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf (Debian: apt-get install
#   fonts-dejavu-core). Override with FONT=/path/to/font.ttf.
#
# Vertical show (--vertical, may be combined with --force): the same 20 s loop drawn on a 9:16 canvas
#   (720x1280 base), two small renditions 640v (360x640, 350k) and 320v (180x320, 120k), into
#   demo/media/ladder-vertical/ and demo/media/poster-vertical.jpg (~1.5 MB committed). Same timing,
#   GOP and audio as the landscape ladder, so the show's subtitles line up with it too.
#
# Usage: demo/media/make-media.sh [--vertical] [--force]
#   Idempotent: does nothing if the ladder (ladder.json, all segments) and the
#   poster already exist (git checkouts have arbitrary mtimes, so no -nt test);
#   --force rebuilds — do that after editing this script. Output is rebuilt in a temp dir and swapped in, so
#   an interrupted run never leaves a half-written ladder. Rebuilds are usually
#   byte-identical on the same ffmpeg build (bitexact flags, fixed noise seeds,
#   single-threaded filter graph and x264 — threaded x264 CBR is not
#   deterministic); an occasional rebuild was seen to differ, so do not rely on it.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VERTICAL=0; FORCE=0
for arg in "$@"; do
  case "$arg" in
    --vertical) VERTICAL=1 ;;
    --force) FORCE=1 ;;
    *) echo "make-media: unknown option $arg" >&2; exit 2 ;;
  esac
done
OUT="$HERE/ladder"
POSTER="$HERE/poster.jpg"
if (( VERTICAL )); then OUT="$HERE/ladder-vertical"; POSTER="$HERE/poster-vertical.jpg"; fi
FONT="${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}"
FPS=25
SEG=2            # segment duration, seconds
NSEG=10          # segments in the loop
DUR=$((SEG * NSEG))
GOP=$((FPS * SEG))

# name width height video-kbps audio-kbps noise-strength
RENDITIONS=(
  "720p 1280 720 1500 96 18"
  "360p 640 360 600 96 14"
  "180p 320 180 200 64 10"
)
BASE_W=1280; BASE_H=720
if (( VERTICAL )); then
  RENDITIONS=(
    "640v 360 640 350 64 10"
    "320v 180 320 120 48 6"
  )
  BASE_W=720; BASE_H=1280
fi

complete() {
  [[ -s "$OUT/ladder.json" && -s "$POSTER" ]] || return 1
  local r name
  for r in "${RENDITIONS[@]}"; do
    name=${r%% *}
    [[ -s "$OUT/$name/seg-$(printf %03d $((NSEG - 1))).ts" ]] || return 1
  done
}
if (( ! FORCE )) && complete; then
  echo "make-media: $OUT already complete; use --force to rebuild"
  exit 0
fi

command -v ffmpeg >/dev/null || { echo "make-media: ffmpeg not found" >&2; exit 1; }
command -v ffprobe >/dev/null || { echo "make-media: ffprobe not found" >&2; exit 1; }
[[ -f "$FONT" ]] || { echo "make-media: font $FONT missing (apt-get install fonts-dejavu-core)" >&2; exit 1; }

TMP="$(mktemp -d "$HERE/.make-media.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/ladder"

# ---------------------------------------------------------------- filter graph
# Base picture at 1280x720 (everything except rendition label + noise).
# $1 = "noise" to build the encoding graph, "poster" for the still.
base_graph() {
  local F="fontfile=$FONT"
  cat <<EOF
color=c=0x1e2a38:s=1280x720:r=$FPS:d=$DUR[bg];
color=c=0xff7a00:s=220x220:r=$FPS:d=$DUR,drawbox=x=20:y=20:w=180:h=180:c=0xffd08a:t=12[prod];
color=c=0xe8e8e8:s=1280x12:r=$FPS:d=$DUR[bar];
[bg]drawbox=x=0:y=0:w=1280:h=96:c=0x0f1620:t=fill,
 drawbox=x=40:y=130:w=300:h=400:c=0x2f4158:t=fill,
 drawbox=x=120:y=160:w=140:h=140:c=0xc9a27e:t=fill[bg2];
[bg2][prod]overlay=x='530+380*sin(2*PI*t/10)':y='250+130*sin(4*PI*t/10)':eval=frame[a];
[a][bar]overlay=x='-w+w*(t+1/$FPS)/$DUR':y=H-h:eval=frame,
 drawbox=x=1080:y=24:w=150:h=50:c=0xe0203a:t=fill,
 drawtext=$F:text='LIVE':fontsize=34:fontcolor=white:x=1112:y=32,
 drawtext=$F:text='shoplive test show':fontsize=40:fontcolor=white:x=40:y=26,
 drawtext=$F:text='seller':fontsize=28:fontcolor=0xdddddd:x=145:y=320,
 drawtext=$F:text='%{pts\\:hms}':fontsize=120:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=12:x=(w-tw)/2:y=560,
 drawtext=$F:text='frame %{eif\\:n\\:d\\:3}   seg %{eif\\:floor(t/$SEG)\\:d}':fontsize=36:fontcolor=0xffe066:x=(w-tw)/2:y=500,
 drawbox=x=0:y=0:w=iw:h=ih:c=white:t=fill:enable='eq(mod(n\\,$FPS)\\,0)'
EOF
}

# The vertical show: a seller standing in the upper half, the product moving below, the clock near the bottom.
vertical_graph() {
  local F="fontfile=$FONT"
  cat <<EOF
color=c=0x1e2a38:s=720x1280:r=$FPS:d=$DUR[bg];
color=c=0xff7a00:s=180x180:r=$FPS:d=$DUR,drawbox=x=16:y=16:w=148:h=148:c=0xffd08a:t=10[prod];
color=c=0xe8e8e8:s=720x12:r=$FPS:d=$DUR[bar];
[bg]drawbox=x=0:y=0:w=720:h=110:c=0x0f1620:t=fill,
 drawbox=x=210:y=170:w=300:h=440:c=0x2f4158:t=fill,
 drawbox=x=290:y=200:w=140:h=140:c=0xc9a27e:t=fill[bg2];
[bg2][prod]overlay=x='270+220*sin(2*PI*t/10)':y='700+110*sin(4*PI*t/10)':eval=frame[a];
[a][bar]overlay=x='-w+w*(t+1/$FPS)/$DUR':y=H-h:eval=frame,
 drawbox=x=540:y=30:w=150:h=50:c=0xe0203a:t=fill,
 drawtext=$F:text='LIVE':fontsize=34:fontcolor=white:x=572:y=38,
 drawtext=$F:text='shoplive vertical':fontsize=36:fontcolor=white:x=30:y=36,
 drawtext=$F:text='seller':fontsize=28:fontcolor=0xdddddd:x=315:y=360,
 drawtext=$F:text='%{pts\\:hms}':fontsize=80:fontcolor=white:box=1:boxcolor=black@0.55:boxborderw=10:x=(w-tw)/2:y=1060,
 drawtext=$F:text='frame %{eif\\:n\\:d\\:3}   seg %{eif\\:floor(t/$SEG)\\:d}':fontsize=32:fontcolor=0xffe066:x=(w-tw)/2:y=1000,
 drawbox=x=0:y=0:w=iw:h=ih:c=white:t=fill:enable='eq(mod(n\\,$FPS)\\,0)'
EOF
}
if (( VERTICAL )); then base_graph() { vertical_graph; }; fi

rendition_label() { # name fontsize
  echo "drawtext=fontfile=$FONT:text='$1':fontsize=$2:fontcolor=white:box=1:boxcolor=0x0050c8@0.85:boxborderw=10:x=w-tw-24:y=h*0.2"
}

{
  base_graph
  n=${#RENDITIONS[@]}
  printf ',split=%d' "$n"; for ((k = 0; k < n; k++)); do printf '[s%d]' "$k"; done; printf ';\n'
  i=0
  for r in "${RENDITIONS[@]}"; do
    read -r name w h vk ak ns <<<"$r"
    scale=""; [[ $w -ne $BASE_W ]] && scale="scale=$w:$h:flags=bicubic,"
    printf '[s%d]%s%s,noise=alls=%d:allf=t+u:all_seed=%d,format=yuv420p[v%d];\n' \
      "$i" "$scale" "$(rendition_label "$name" $((h / 7)))" "$ns" $((4242 + i)) "$i"
    i=$((i + 1))
  done
  # quiet tone + beep on every whole second (higher beep at loop start), stereo 48 kHz.
  # Trimmed so the encoded AAC (1024-sample frames + 1 priming frame) fits inside the
  # loop: 20 s = 937.5 frames, so keep 936 content frames -> 937 packets = 19.989 s.
  # A full 20 s input gives 939 packets (20.032 s) that overlap the next loop
  # iteration by 32 ms and make players/ffmpeg see non-monotonic audio DTS at the
  # wrap; a 10.7 ms gap is harmless.
  asamples=$(( (DUR * 48000 / 1024 - 1) * 1024 ))
  printf "aevalsrc='0.05*sin(2*PI*440*t)+0.45*lt(mod(t\\,1)\\,0.06)*sin(2*PI*if(lt(t\\,0.5)\\,1760\\,1000)*t)|0.05*sin(2*PI*440*t)+0.45*lt(mod(t\\,1)\\,0.06)*sin(2*PI*if(lt(t\\,0.5)\\,1760\\,1000)*t)':s=48000:c=stereo:d=%d,atrim=end_sample=%d,asplit=%d%s\n" "$DUR" "$asamples" "$n" "$(for ((k = 0; k < n; k++)); do printf '[a%d]' "$k"; done)"
} >"$TMP/graph.txt"

# ---------------------------------------------------------------- encode
args=(-hide_banner -loglevel warning -y -fflags +bitexact -filter_complex_threads 1 -filter_complex_script "$TMP/graph.txt")
i=0
for r in "${RENDITIONS[@]}"; do
  read -r name w h vk ak ns <<<"$r"
  mkdir -p "$TMP/ladder/$name"
  args+=(
    -map "[v$i]" -map "[a$i]"
    -c:v libx264 -threads 1 -preset medium -profile:v high -pix_fmt yuv420p -r $FPS
    -b:v "${vk}k" -minrate "${vk}k" -maxrate "${vk}k" -bufsize "${vk}k"
    -g $GOP -keyint_min $GOP -sc_threshold 0 -force_key_frames "expr:gte(t,n_forced*$SEG)"
    -x264-params "scenecut=0:open-gop=0:nal-hrd=cbr:force-cfr=1" -flags:v +bitexact -flags:a +bitexact
    -c:a aac -profile:a aac_low -b:a "${ak}k" -ar 48000 -ac 2
    -f hls -hls_time $SEG -hls_list_size 0 -hls_playlist_type vod
    -hls_flags independent_segments -hls_segment_type mpegts
    -hls_segment_options "mpegts_flags=+initial_discontinuity"
    -hls_segment_filename "$TMP/ladder/$name/seg-%03d.ts" "$TMP/$name.m3u8"
  )
  i=$((i + 1))
done
echo "make-media: encoding ${#RENDITIONS[@]} renditions x ${DUR}s …"
ffmpeg "${args[@]}"

# ---------------------------------------------------------------- poster
ffmpeg -hide_banner -loglevel error -y -filter_complex "$(base_graph),$(rendition_label "${RENDITIONS[0]%% *}" $((BASE_H / 7)))" \
  -ss 5.5 -frames:v 1 -q:v 5 "$TMP/poster.jpg"

# ---------------------------------------------------------------- describe
# Real SPS bytes -> avc1.PPCCLL (profile_idc, constraint flags, level_idc).
avc_codec() {
  ffmpeg -hide_banner -loglevel info -i "$1" -map 0:v:0 -c copy -bsf:v trace_headers -frames:v 1 -f null - 2>&1 |
    awk '/profile_idc/ && !p {p=$NF} /constraint_set[0-5]_flag/ && length(c) < 6 {c=c $NF} /level_idc/ && !l {l=$NF}
         END { while (length(c) < 8) c = c "0"; v=0; for (k=1;k<=8;k++) v=v*2+substr(c,k,1);
               printf "avc1.%02x%02x%02x", p, v, l }'
}

json="$TMP/ladder/ladder.json"
{
  printf '{\n  "description": "shoplive synthetic seller live show, %ss loop; generated by make-media.sh",\n' "$DUR"
  printf '  "frameRate": %d,\n  "segmentDuration": %d,\n  "segmentCount": %d,\n  "loopDuration": %d,\n' $FPS $SEG $NSEG $DUR
  printf '  "segmentPattern": "seg-%%03d.ts",\n  "renditions": [\n'
} >"$json"
first=1
for r in "${RENDITIONS[@]}"; do
  read -r name w h vk ak ns <<<"$r"
  dir="$TMP/ladder/$name"
  n=$(ls "$dir"/seg-*.ts | wc -l)
  [[ $n -eq $NSEG ]] || { echo "make-media: $name has $n segments, expected $NSEG" >&2; exit 1; }
  codecs="$(avc_codec "$dir/seg-000.ts"),mp4a.40.2"
  segs=""; durs=""; peak=0; total_bytes=0; total_dur=0
  for f in "$dir"/seg-*.ts; do
    bytes=$(stat -c %s "$f")
    # exact duration = video frames in the segment / fps (+ first PTS for the record)
    read -r frames pts0 < <(ffprobe -v error -select_streams v:0 -count_packets \
      -show_entries stream=nb_read_packets,start_time -of csv=p=0 "$f" | awk -F, '{print $2, $1}')
    dur=$(awk -v f="$frames" -v r=$FPS 'BEGIN{printf "%.3f", f/r}')
    bps=$(awk -v b="$bytes" -v d="$dur" 'BEGIN{printf "%d", b*8/d + 0.999}')
    (( bps > peak )) && peak=$bps
    total_bytes=$((total_bytes + bytes))
    total_dur=$(awk -v a="$total_dur" -v d="$dur" 'BEGIN{printf "%.3f", a+d}')
    segs+="${segs:+, }{ \"file\": \"$(basename "$f")\", \"duration\": $dur, \"bytes\": $bytes, \"startPts\": $pts0 }"
    durs+="${durs:+, }$dur"
    [[ "$dur" == "$SEG.000" ]] || { echo "make-media: $f lasts $dur s, expected $SEG.000" >&2; exit 1; }
  done
  avg=$(awk -v b="$total_bytes" -v d="$total_dur" 'BEGIN{printf "%d", b*8/d + 0.999}')
  (( first )) || printf ',\n' >>"$json"; first=0
  # no trailing newline after "}" so the separating comma lands on the same line
  printf '%s' "$(cat <<EOF
    {
      "name": "$name", "width": $w, "height": $h, "frameRate": $FPS,
      "bandwidth": $peak, "averageBandwidth": $avg,
      "codecs": "$codecs",
      "videoTargetBitrate": $((vk * 1000)), "audioBitrate": $((ak * 1000)),
      "segmentCount": $n, "totalBytes": $total_bytes,
      "segmentDurations": [$durs],
      "segments": [$segs]
    }
EOF
)" >>"$json"
  printf 'make-media: %-5s %s  avg %7d b/s  peak %7d b/s  %d bytes\n' "$name" "$codecs" "$avg" "$peak" "$total_bytes"
done
printf '\n  ]\n}\n' >>"$json"

# ---------------------------------------------------------------- swap in
rm -rf "$OUT" && mv "$TMP/ladder" "$OUT"
mv "$TMP/poster.jpg" "$POSTER"
echo "make-media: done — $(du -sh "$HERE" --exclude='.make-media.*' | cut -f1) in $HERE"
