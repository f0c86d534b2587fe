#!/usr/bin/env python3
"""Generate the mail-classes/what set: registration e-mails for the speakers'
list of the ASP23 plenary on cooperation (The Hague, 5 Dec 2024), all received
before the deadline, exercising WHAT a mail asks, WHICH segment it names and
in WHICH language (EN/FR/ES/PT), plus expected.tsv (a careful Secretariat
officer's reading of each mail).

The MIME/Gmail-delivery infrastructure below is copied from
/work/shared/data/mail-dev/gen.py (standard library only); the
mails, people, delegations and texts are new.  Deterministic: every random id
is drawn from a generator seeded with the file name.  Run:  python3 gen.py
It rewrites every *.eml and expected.tsv in the folder this script lives in.
"""
import base64
import os
import quopri
import random
import textwrap
import uuid
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = 'iccaspcoperation@gmail.com'
FRJ = 'juridique.la-haye-amba@diplomatie.gouv.fr'
ASP = 'asp@icc-cpi.int'


def TZ(hours):
    return timezone(timedelta(hours=hours))


CET, PST, UTC = TZ(1), TZ(-8), TZ(0)
DAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()
MONS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def T(s):
    return textwrap.dedent(s).strip('\n')


def cet(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=CET)


def at(s, hours):
    """local wall-clock time s at UTC offset `hours`"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=TZ(hours))


def rfc(dt, pad=True, comment=None):
    off = int(dt.utcoffset().total_seconds() // 60)
    sign = '+' if off >= 0 else '-'
    off = abs(off)
    day = '%02d' % dt.day if pad else str(dt.day)
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, sign, off // 60, off % 60)
    if comment:
        s += ' (%s)' % comment
    return s


# ---------------------------------------------------------------- random ids
HEX = '0123456789abcdef'
HEXU = HEX.upper()
DIG = '0123456789'
LOW = 'abcdefghijklmnopqrstuvwxyz'
ALNUM = LOW + LOW.upper() + DIG
B64 = ALNUM + '+/'


def rid(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def hx(rng, lo=0x100, hi=0xffff):
    return '%x' % rng.randint(lo, hi)


def g2002(rng, pre='a05'):
    return '2002:%s:%s:%s:b0:%s:%s:%s' % (pre, hx(rng, 0x6000, 0x7fff), hx(rng),
                                          hx(rng, 0x100, 0xfff), hx(rng), hx(rng))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ------------------------------------------------------------ header helpers
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def latin1_ok(s):
    try:
        s.encode('iso-8859-1')
        return True
    except UnicodeEncodeError:
        return False


def cs_q(name):
    c = Charset(name)
    c.header_encoding = QP
    return c


def cs_b(name):
    c = Charset(name)
    c.header_encoding = BASE64
    return c


def fold(value, name_len, width=78):
    words = value.split(' ')
    lines, cur, limit = [], '', width - name_len - 2
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, width - 1
        else:
            cur = cur + ' ' + w if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def enc_words(s, style, name):
    if style == 'outlook':
        cs = cs_q('iso-8859-1') if latin1_ok(s) else cs_b('utf-8')
        v = Header(s, cs, header_name=name).encode(maxlinelen=76, linesep='\n')
        return v.replace('=?utf-8?b?', '=?utf-8?B?').replace('=?iso-8859-1?q?', '=?iso-8859-1?Q?')
    if style in ('gmail', 'apple'):
        v = Header(s, cs_q('utf-8'), header_name=name).encode(maxlinelen=76, linesep='\n')
        return v.replace('=?utf-8?q?', '=?UTF-8?Q?' if style == 'gmail' else '=?utf-8?Q?')
    v = Header(s, cs_b('utf-8'), header_name=name).encode(maxlinelen=76, linesep='\n')
    return v.replace('=?utf-8?b?', '=?UTF-8?B?')


def h_text(s, style, name='Subject'):
    if is_ascii(s):
        return fold(s, len(name))
    return enc_words(s, style, name)


def h_addr1(name, addr, style):
    if not name:
        return addr
    if is_ascii(name):
        if style == 'outlook' and not name.startswith('"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return formataddr((name, addr))
    return '%s <%s>' % (enc_words(name, style, 'From'), addr)


def h_addrs(pairs, style):
    items = [h_addr1(n, a, style) for n, a in pairs]
    one = ', '.join(items)
    if len(one) < 70 and '\n' not in one:
        return one
    return ',\n\t'.join(items)


# --------------------------------------------------------------- body parts
def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace('\u00a0', '&nbsp;'))


def pick_cs(text):
    return 'iso-8859-1' if latin1_ok(text) else 'utf-8'


def encode_body(text, charset, cte, html=False):
    data = text.encode(charset, 'xmlcharrefreplace' if html else 'strict')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    return data.decode(charset)


def leaf(ctype, text, charset, cte, style='std', params='', html=False, extra=()):
    body = encode_body(text, charset, cte, html)
    if style == 'apple':
        ct = '%s;\n\tcharset=%s%s' % (ctype, charset, params)
    elif style == 'bare':
        ct = '%s; charset=%s%s' % (ctype, charset, params)
    else:
        ct = '%s; charset="%s"%s' % (ctype, charset, params)
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra)
    return hdrs, body


def multi(subtype, parts, boundary, preamble=None, params=''):
    b = ''
    if preamble:
        b += preamble + '\n\n'
    for hdrs, body in parts:
        b += '--%s\n' % boundary
        b += ''.join('%s: %s\n' % kv for kv in hdrs) + '\n'
        b += body if body.endswith('\n') else body + '\n'
        b += '\n'
    b += '--%s--\n' % boundary
    return [('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], b


def auto_cte(text):
    if is_ascii(text) and max(len(l) for l in text.split('\n')) <= 76:
        return '7bit'
    return 'quoted-printable'


# Body = list of segments:
#   ('text', str)                          own text
#   ('gquote', attribution, quoted)        Gmail-style "> " quote
#   ('ohdr', header_block, quoted)         Outlook-style header block + text
#   ('gfwd', header_block, text)           Gmail forward
#   ('afwd', header_block, text)           Apple Mail forward

def plain_of(segs):
    out = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            out.append(seg[1])
        elif k == 'gquote':
            q = '\n'.join(('> ' + l) if l else '>' for l in seg[2].split('\n'))
            out.append('\n' + seg[1] + '\n\n' + q)
        elif k == 'ohdr':
            out.append('\n' + seg[1] + '\n\n' + seg[2])
        elif k == 'gfwd':
            out.append('\n---------- Forwarded message ---------\n' + seg[1] + '\n\n\n' + seg[2])
        elif k == 'afwd':
            out.append('\nBegin forwarded message:\n\n' + seg[1] + '\n\n' + seg[2])
    return '\n'.join(out).rstrip('\n') + '\n'


def g_lines(text):
    return '<br>\n'.join(esc(l) for l in text.split('\n'))


def gmail_html(segs):
    h = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            h.append('<div dir="ltr">' + g_lines(seg[1]) + '</div>')
        elif k == 'gquote':
            h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">' + esc(seg[1]) + '<br></div><blockquote '
                     'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                     'solid rgb(204,204,204);padding-left:1ex">' + g_lines(seg[2]) +
                     '</blockquote></div>')
        elif k == 'gfwd':
            h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">---------- Forwarded message ---------<br>\n' +
                     g_lines(seg[1]) + '<br></div><br><br>\n<div dir="ltr">' +
                     g_lines(seg[2]) + '</div></div>')
        else:
            raise ValueError(k)
    return '\n'.join(h) + '\n'


MSO_STYLE = T("""
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
""")


def mso_p(line):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line)


def outlook_html(segs, charset, lang='EN-US'):
    h = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            h += [mso_p(l) for l in seg[1].split('\n')]
        elif k == 'ohdr':
            h.append(mso_p(''))
            rows = []
            for l in seg[1].split('\n'):
                if ':' not in l:
                    rows.append(esc(l))
                    continue
                i = l.index(':')
                rows.append('<b>%s</b> %s' % (esc(l[:i + 1]), esc(l[i + 1:].strip())))
            h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            h.append('<p class="MsoNormal">' + '<br>\n'.join(rows) + '<o:p></o:p></p>')
            h.append('</div>')
            h.append(mso_p(''))
            h += [mso_p(l) for l in seg[2].split('\n')]
        else:
            raise ValueError(k)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, MSO_STYLE, lang, '\n'.join(h)))


def flowed(text, width=72):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
        else:
            parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            out.append(' \n'.join(parts))
    return '\n'.join(out)


def make_pdf(lines, title):
    def pe(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT\n/F1 11 Tf\n15 TL\n60 780 Td\n' + ''.join('(%s) Tj T*\n' % pe(l) for l in lines) + 'ET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(content), content),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        "<< /Title (%s) /Producer (Microsoft: Print To PDF) /CreationDate (D:20241202103512+01'00') >>" % pe(title),
    ]
    out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode('latin-1')))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    xref = len(out.encode('latin-1'))
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += ''.join('%010d 00000 n \n' % o for o in offs)
    out += 'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')


def render(spec, rng):
    """spec -> (content headers, body text)"""
    kind = spec[0]
    if kind == 'ohtml':                       # Outlook, HTML only, quoted-printable
        segs, lang = spec[1], spec[2]
        cs = spec[3] if len(spec) > 3 else pick_cs(plain_of(segs))
        return leaf('text/html', outlook_html(segs, cs, lang), cs, 'quoted-printable', html=True)
    if kind == 'oalt':                        # Outlook multipart/alternative
        segs, lang = spec[1], spec[2]
        txt = plain_of(segs)
        cs = pick_cs(txt)
        p1 = leaf('text/plain', txt, cs, 'quoted-printable')
        p2 = leaf('text/html', outlook_html(segs, cs, lang), cs, 'quoted-printable', html=True)
        b = '_000_%s%s_' % (rid(rng, HEXU + 'PRMB', 14), rid(rng, HEXU, 26))
        return multi('alternative', [p1, p2], b)
    if kind == 'galt':                        # Gmail multipart/alternative
        segs = spec[1]
        txt = plain_of(segs)
        p1 = leaf('text/plain', txt, 'UTF-8', auto_cte(txt))
        p2 = leaf('text/html', gmail_html(segs), 'UTF-8', 'quoted-printable', html=True)
        return multi('alternative', [p1, p2], '000000000000' + rid(rng, HEX, 16))
    if kind == 'yalt':                        # Yahoo multipart/alternative
        segs = spec[1]
        txt = plain_of(segs)
        p1 = leaf('text/plain', txt, 'UTF-8', 'quoted-printable')
        html = ('<html><head></head><body><div class="ydp3f2a1b9cyahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + ''.join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) or '<br>')
                          for l in txt.rstrip('\n').split('\n')) + '</div></body></html>\n')
        p2 = leaf('text/html', html, 'UTF-8', 'quoted-printable', html=True)
        b = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(10 ** 8, 10 ** 9),
                                      rng.randint(10 ** 12, 10 ** 13))
        return multi('alternative', [p1, p2], b)
    if kind == 'plain':                       # single text/plain part
        segs, charset, cte = spec[1], spec[2], spec[3]
        style = spec[4] if len(spec) > 4 else 'std'
        params = spec[5] if len(spec) > 5 else ''
        txt = plain_of(segs)
        if 'format=flowed' in params:
            txt = flowed(txt)
        return leaf('text/plain', txt, charset, cte, style=style, params=params)
    if kind == 'mixed':                       # inner spec + attachments
        inner = render(spec[1], rng)
        parts = [inner]
        for fname, data, ctype, disp_extra in spec[2]:
            b64 = base64.encodebytes(data).decode('ascii')
            parts.append(([('Content-Type', '%s; name="%s"' % (ctype, fname)),
                           ('Content-Description', fname),
                           ('Content-Disposition', 'attachment; filename="%s"; size=%d;%s'
                            % (fname, len(data), disp_extra)),
                           ('Content-Transfer-Encoding', 'base64')], b64))
        b = '_004_%s%s_' % (rid(rng, HEXU + 'PRMB', 14), rid(rng, HEXU, 26))
        return multi('mixed', parts, b)
    if kind == 'raw':                         # fully prepared (headers, body)
        return spec[1], spec[2]
    raise ValueError(kind)


# -------------------------------------------------------------- MTA profiles
def o365(region, rdns, ip, mbx, pod, sel='selector1'):
    return dict(kind='o365', host=region, rdns=rdns, ip=ip, mbx=mbx, pod=pod, sel=sel)


def exch(host, ip, internal, sel='mail', dmarc='QUARANTINE'):
    return dict(kind='exch', host=host, rdns=host, ip=ip, internal=internal, sel=sel, dmarc=dmarc)


def postfix(host, ip, client_ip, zone='CET', sel='default', dmarc='NONE'):
    return dict(kind='postfix', host=host, rdns=host, ip=ip, client_ip=client_ip, zone=zone,
                sel=sel, dmarc=dmarc)


def gsend(host, ip, sel='google', dmarc='NONE'):
    return dict(kind='google', host=host, rdns=host, ip=ip, sel=sel, dmarc=dmarc)


def yahoo(host, ip):
    return dict(kind='yahoo', host=host, rdns=host, ip=ip, sel='s2048', dmarc='REJECT')


GMAIL = gsend('mail-sor-f41.google.com', '209.85.220.41', sel='20230601', dmarc='NONE')


# ------------------------------------------------------------- the envelope
def esmtps_id(rng, st):
    return '%s-%s%ssi%d%s.%d.%s' % (rid(rng, HEX, 13), rid(rng, HEX, 3), rid(rng, LOW + DIG, 7),
                                    rng.randint(1000000, 9999999), rid(rng, LOW + DIG, 3),
                                    rng.randint(1, 190), st.strftime('%Y.%m.%d.%H.%M.%S'))


def mx_received(rng, mta, st, when=None):
    when = when or st
    if mta['kind'] == 'google':
        via, tls = 'SMTPS', '(Google Transport Security)'
    elif mta['kind'] == 'o365':
        via, tls = 'ESMTPS', '(version=TLS1_2 cipher=ECDHE-ECDSA-AES256-GCM-SHA384 bits=256/256)'
    else:
        via, tls = 'ESMTPS', '(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)'
    return ('from %s (%s. [%s])\n        by mx.google.com with %s id %s\n        for <%s>\n'
            '        %s;\n        %s' % (mta['host'], mta['rdns'], mta['ip'], via,
                                        esmtps_id(rng, when - timedelta(seconds=1)), MBOX, tls,
                                        rfc(when, comment='PST')))


def auth_lines(rng, mta, env, ddom, indent='       '):
    if mta['kind'] == 'google' and ddom == 'gmail.com':
        dm = '(p=NONE sp=QUARANTINE dis=NONE)'
    else:
        dm = '(p=%s sp=%s dis=NONE)' % (mta.get('dmarc', 'NONE'), mta.get('dmarc', 'NONE'))
    if env == '':
        return (indent + 'spf=pass (google.com: domain of postmaster@%s designates %s as permitted sender) '
                'smtp.helo=%s' % (mta['host'], mta['ip'], mta['host']))
    return (indent + 'dkim=pass header.i=@%s header.s=%s header.b=%s;\n' % (ddom, mta['sel'], rid(rng, ALNUM, 8)) +
            indent + 'spf=pass (google.com: domain of %s designates %s as permitted sender) '
            'smtp.mailfrom=%s;\n' % (env, mta['ip'], env) +
            indent + 'dmarc=pass %s header.from=%s' % (dm, ddom))


def sender_side(rng, mta, stamp, frm_addr):
    t = stamp - timedelta(seconds=1)
    k = mta['kind']
    if k == 'o365':
        fe = '%s:%s:%s:%s' % (hx(rng), hx(rng), hx(rng), hx(rng))
        name = '%s.%s.prod.outlook.com' % (mta['mbx'], mta['pod'])
        return ['from %s\n ([fe80::%s]) by %s\n ([fe80::%s%%%d]) with mapi id 15.20.8207.017; %s'
                % (name, fe, name, fe, rng.randint(3, 7), rfc(t.astimezone(UTC)))]
    if k == 'exch':
        a, b = rng.randint(2, 60), rng.randint(2, 250)
        return ['from EXMBX0%d.%s (10.%d.%d.%d) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
                ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s'
                % (rng.randint(1, 4), mta['internal'], a, b, rng.randint(2, 250), mta['host'], mta['ip'],
                   rfc(t.astimezone(mta.get('tz', CET))))]
    if k == 'postfix':
        return ['from [10.%d.%d.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                % (rng.randint(1, 60), rng.randint(1, 250), rng.randint(2, 250), mta['client_ip'],
                   mta['host'], rid(rng, ALNUM, 12), rfc(t.astimezone(mta.get('tz', CET)), pad=False,
                                                          comment=mta['zone']))]
    if k == 'google':
        return ['by %s with SMTP id %s\n        for <%s>; %s'
                % (mta['host'], esmtps_id(rng, t.astimezone(PST)).split('si')[0] + 'so%d%s.%d'
                   % (rng.randint(1000000, 9999999), rid(rng, LOW, 3), rng.randint(1, 9)),
                   MBOX, rfc(t.astimezone(PST), comment='PST'))]
    if k == 'yahoo':
        return ['from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s'
                % (mta['host'], rfc(t.astimezone(UTC), pad=False))]
    raise ValueError(k)


def google_block(rng, m, stamp):
    st = stamp.astimezone(PST)
    ts = int(st.timestamp())
    mta = m['mta']
    env = m['env'] if m['env'] is not None else m['frm'][1]
    ddom = mta.get('dkim') or (env.split('@')[1] if '@' in env else mta['host'])
    H = [('Delivered-To', MBOX),
         ('Received', 'by %s with SMTP id %s%dcsp%d%s;\n        %s'
          % (g2002(rng), rid(rng, LOW, 2), rng.randint(1, 40), rng.randint(100000, 9999999),
             rid(rng, LOW, 3), rfc(st, pad=False, comment='PST'))),
         ('X-Google-Smtp-Source', 'AGHT+I' + rid(rng, ALNUM, 7) + rid(rng, B64, 51)),
         ('X-Received', 'by %s with SMTP id %s%dmr%d%s.%d.%d;\n        %s'
          % (g2002(rng, 'a17'), rid(rng, LOW, 1), rng.randint(1, 99), rng.randint(1000000, 99999999),
             rid(rng, LOW, 3), rng.randint(1, 40), ts * 1000 + rng.randint(0, 999), rfc(st, comment='PST'))),
         ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n'
          '        b=%s' % (ts, rid(rng, B64, 64))),
         ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
          '        h=subject:date:message-id:to:from:dkim-signature;\n        bh=%s=;\n        b=%s'
          % (rid(rng, B64, 43), rid(rng, B64, 64))),
         ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + auth_lines(rng, mta, env, ddom)),
         ('Return-Path', '<%s>' % env),
         ('Received', mx_received(rng, mta, st)),
         ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
          % (env or ('postmaster@' + mta['host']), mta['ip'], mta['ip'])),
         ('Authentication-Results', 'mx.google.com;\n' + auth_lines(rng, mta, env, ddom))]
    if env:
        H.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; '
                  'bh=%s=;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb=%s'
                  % (ddom, mta['sel'], ts - 2, rid(rng, B64, 43), rid(rng, B64, 72))))
    if m['forged']:
        H.append(('Received', m['forged']))
    if m['lower'] is not None:
        H += [('Received', v) for v in m['lower']]
    else:
        H += [('Received', v) for v in sender_side(rng, mta, stamp, m['frm'][1])]
    return H


# ------------------------------------------------------------ client styles
STYLE = {'o365': 'outlook', 'exch': 'outlook', 'osmtp': 'outlook', 'gmail': 'gmail', 'gws': 'gmail',
         'apple': 'apple', 'iphone': 'apple', 'tbird': 'other', 'roundcube': 'other', 'zimbra': 'other',
         'notes': 'other', 'yahoo': 'other', 'daemon': 'other', 'bulk': 'other'}


def make_mid(rng, client, m, date):
    dom = m['frm'][1].split('@')[1]
    if client == 'o365':
        mb, pod = m['mta']['mbx'], m['mta']['pod']
        return '<%s%s@%s.%s.prod.outlook.com>' % (mb, rid(rng, HEXU, 28), mb, pod)
    if client == 'exch':
        return '<%s@%s>' % (rid(rng, HEX, 32), dom)
    if client == 'osmtp':
        return '<000001db%s$%s$%s$@%s>' % (rid(rng, HEX, 4), rid(rng, HEX, 8), rid(rng, HEX, 8), dom)
    if client in ('gmail', 'gws'):
        return '<CA%s%s@mail.gmail.com>' % (rng.choice('BDEFGHJKLM'), rid(rng, ALNUM + '_=-+', 50))
    if client in ('apple', 'iphone'):
        return '<%s@%s>' % (ruuid(rng).upper(), dom)
    if client == 'tbird':
        return '<%s@%s>' % (ruuid(rng), dom)
    if client == 'roundcube':
        return '<%s@%s>' % (rid(rng, HEX, 32), dom)
    if client == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6),
                                                  int(date.timestamp() * 1000), dom)
    if client == 'notes':
        return '<OF%s.%s-ONC1258BE%s.%s-C1258BE%s.%s@%s>' % (rid(rng, HEXU, 8), rid(rng, HEXU, 8),
                                                            rid(rng, HEXU, 1), rid(rng, HEXU, 8),
                                                            rid(rng, HEXU, 1), rid(rng, HEXU, 8), dom)
    if client == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                               int(date.timestamp() * 1000))
    return '<%s.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), rid(rng, HEXU, 10), dom)


def client_extras(rng, client, m):
    lang = m.get('clang') or {'en': 'en-US', 'fr': 'fr-FR', 'es': 'es-ES', 'pt': 'pt-PT'}.get(m['lang'][:2], 'en-US')
    ti = 'AQHb' + rid(rng, B64, 28) + '=='
    if client in ('o365', 'exch'):
        topic = m['subject']
        for p in ('RE: ', 'RE : ', 'TR : ', 'WG: ', 'FW: ', 'Re: ', 'Fwd: '):
            if topic.startswith(p):
                topic = topic[len(p):]
        return [('Thread-Topic', h_text(topic, 'outlook', 'Thread-Topic')), ('Thread-Index', ti),
                ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
                ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if m['attach'] else ''),
                ('X-MS-TNEF-Correlator', '')]
    if client == 'osmtp':
        return [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'Adt' + rid(rng, B64, 25) + '=='),
                ('Content-Language', lang)]
    if client == 'apple':
        return [('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')]
    if client == 'iphone':
        return [('X-Mailer', 'iPhone Mail (22B91)')]
    if client == 'tbird':
        return [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang)]
    if client == 'roundcube':
        return [('User-Agent', 'Roundcube Webmail/1.6.6')]
    if client == 'zimbra':
        return [('X-Mailer', 'Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)'),
                ('Thread-Index', 'Ad' + rid(rng, B64, 14) + '=')]
    if client == 'notes':
        return [('X-Mailer', 'HCL Notes Release 12.0.2 November 03, 2022'),
                ('X-MIMETrack', 'Serialize by Router on MRECIC-SMTP01/MRECIC(Release 12.0.2FP2|August 2023) at\n'
                 ' 05/12/2024 08:40:04')]
    if client == 'yahoo':
        return [('X-Mailer', 'WebService/1.1.23040 YMailNorrin')]
    return []


def mime_version(client):
    if client == 'apple':
        return '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))'
    if client == 'iphone':
        return '1.0 (1.0)'
    return '1.0'


MAILS = []


def M(n, slug, lang, cls, stamp, frm, to, subject, client, mta, body, exp, cc=(), tzh=1.0, date=None,
      delay=None, env=None, extra=(), eol='crlf', mid=None, forged=None, lower=None, attach=False,
      clang=None, desc='', sender=None):
    MAILS.append(dict(locals()))


def build(m):
    fn = '%02d_%s.eml' % (m['n'], m['slug'])
    rng = random.Random(fn)
    client = m['client']
    style = STYLE[client]
    stamp = cet(m['stamp']) if m['stamp'] else None
    if m['date'] is not None:
        date = m['date']
    else:
        delay = m['delay'] if m['delay'] is not None else rng.randint(2, 7)
        date = (stamp - timedelta(seconds=delay)).astimezone(UTC if client == 'o365' else TZ(m['tzh']))
    pad_date = style in ('outlook', 'other')
    H = []
    if stamp is not None:
        H += google_block(rng, m, stamp)
    frm = m['frm']
    if m.get('sender'):
        H.append(('From', m['sender']))
    elif client == 'daemon':
        H.append(('From', '%s (%s)' % (frm[1], frm[0])))
    else:
        H.append(('From', h_addr1(frm[0], frm[1], style)))
    H.append(('To', h_addrs(m['to'], style)))
    if m['cc']:
        H.append(('CC' if style == 'outlook' else 'Cc', h_addrs(m['cc'], style)))
    H.append(('Subject', h_text(m['subject'], style)))
    zone = {'daemon': ' (WAT)'}.get(client, '')
    H.append(('Date', rfc(date, pad=pad_date) + zone))
    mid = m['mid'] or make_mid(rng, client, m, date)
    m['_mid'] = mid
    H.append(('Message-ID' if style != 'apple' else 'Message-Id', mid))
    H += client_extras(rng, client, m)
    H += list(m['extra'])
    H.append(('MIME-Version', mime_version(client)))
    chdrs, body = render(m['body'], rng)
    if chdrs[0][1].startswith('multipart/'):
        chdrs = [chdrs[0]]
    H += chdrs
    raw = ''.join('%s: %s\n' % kv for kv in H) + '\n' + body
    if m['eol'] == 'crlf':
        raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(HERE, fn), 'wb') as f:
        f.write(raw.encode('utf-8'))
    return fn


# ====================================================================== texts
NB = '\u00a0'
SEC = 'Secretariat of the Assembly of States Parties'
INV_SUBJ = 'ASP23 | Plenary on cooperation, 5 December 2024 - registration of speakers / inscription des orateurs'
INV_MID = '<PR3PR02MB6138A0E5C2D7B94F18C3D6E2B7F41@PR3PR02MB6138.eurprd02.prod.outlook.com>'
REPLY_EXTRA = [('In-Reply-To', INV_MID), ('References', INV_MID)]

INV = T("""
Excellencies, dear colleagues,

The co-facilitators for cooperation, the Ambassadors of France and Senegal, are pleased to invite your delegation to the plenary session on cooperation of the twenty-third session of the Assembly of States Parties, which will take place on Thursday 5 December 2024 from 15:00 to 17:00 at the World Forum, The Hague.

As set out in the attached concept note, the plenary will be organised in two segments:

- Segment I: "Cooperation is vital for the Court" - high-level political statements (15:00-16:00);
- Segment II: "How can States Parties strengthen their support to the Court with existing tools?" - technical interventions (16:00-17:00), guided by the following questions: How does ratification of the APIC protect the Court? How can the ICC's tools be used to facilitate cooperation between States Parties and the Court? How can States support the Court's efforts to track persons subject to arrest warrants?

Participants wishing to take the floor are requested to register by e-mail to iccaspcoperation@gmail.com, copying juridique.la-haye-amba@diplomatie.gouv.fr, no later than Wednesday 4 December 2024 (evening), specifying the segment in which they wish to speak and the name and title of the speaker. Speakers will be inscribed on a first-come, first-served basis. Each participant may take the floor only once, and statements should not exceed two minutes.

---

Excellences, chers collègues,

Les co-facilitateurs pour la coopération, les Ambassadeurs de France et du Sénégal, ont le plaisir d'inviter votre délégation à la séance plénière sur la coopération de la vingt-troisième session de l'Assemblée des États Parties, qui se tiendra le jeudi 5 décembre 2024 de 15 h à 17 h au World Forum, à La Haye.

Segment I : « La coopération est vitale pour la Cour » (interventions de haut niveau, 15 h - 16 h)
Segment II : « Comment les États Parties peuvent-ils renforcer leur soutien à la Cour avec les outils existants ? » (interventions techniques, 16 h - 17 h)

Les participants souhaitant prendre la parole sont priés de s'inscrire par courriel à iccaspcoperation@gmail.com, avec copie à juridique.la-haye-amba@diplomatie.gouv.fr, au plus tard le mercredi 4 décembre 2024 au soir, en précisant le segment choisi ainsi que le nom et le titre de l'orateur. Une seule intervention par participant ; deux minutes maximum.

Secretariat of the Assembly of States Parties / Secrétariat de l'Assemblée des États Parties
International Criminal Court / Cour pénale internationale
""")

_INV_FROM = '%s <asp@icc-cpi.int>' % SEC
_INV_TO = 'ASP Focal Points <asp-focalpoints@icc-cpi.int>'
HDR_EN = ('From: %s\nSent: Thursday, November 21, 2024 5:42 PM\nTo: %s\nCc: %s\nSubject: %s'
          % (_INV_FROM, _INV_TO, FRJ, INV_SUBJ))
HDR_FR = ('De%s: %s\nEnvoyé%s: jeudi 21 novembre 2024 17:42\nÀ%s: %s\nCc%s: %s\nObjet%s: %s'
          % (NB, _INV_FROM, NB, NB, _INV_TO, NB, FRJ, NB, INV_SUBJ))
HDR_ES = ('De: %s\nEnviado el: jueves, 21 de noviembre de 2024 17:42\nPara: %s\nCC: %s\nAsunto: %s'
          % (_INV_FROM, _INV_TO, FRJ, INV_SUBJ))
HDR_PT = ('De: %s\nEnviada em: quinta-feira, 21 de novembro de 2024 17:42\nPara: %s\nCc: %s\nAssunto: %s'
          % (_INV_FROM, _INV_TO, FRJ, INV_SUBJ))
MSG_ES = ('-----Mensaje original-----\nDe: %s [mailto:asp@icc-cpi.int]\nEnviado el: jueves, 21 de noviembre de 2024 17:42\n'
          'Para: %s\nCC: %s\nAsunto: %s' % (SEC, _INV_TO, FRJ, INV_SUBJ))
MSG_PT = ('-----Mensagem original-----\nDe: %s [mailto:asp@icc-cpi.int]\nEnviada: quinta-feira, 21 de novembro de 2024 17:42\n'
          'Para: %s\nCc: %s\nAssunto: %s' % (SEC, _INV_TO, FRJ, INV_SUBJ))
TB_ORIG = ('-------- Original Message --------\nSubject: \t%s\nDate: \tThu, 21 Nov 2024 16:42:09 +0000\n'
           'From: \t%s\nTo: \t%s\nCC: \t%s' % (INV_SUBJ, _INV_FROM, _INV_TO, FRJ))

ATTR_EN_G = 'On Thu, 21 Nov 2024 at 17:42, %s <asp@icc-cpi.int> wrote:' % SEC
ATTR_FR_G = 'Le jeu. 21 nov. 2024 à 17:42, %s <asp@icc-cpi.int> a écrit :' % SEC
ATTR_ES_G = 'El jue, 21 nov 2024 a las 17:42, %s (<asp@icc-cpi.int>) escribió:' % SEC
ATTR_PT_G = 'Em qui., 21 de nov. de 2024 às 17:42, %s <asp@icc-cpi.int> escreveu:' % SEC
ATTR_APPLE = 'On 21 Nov 2024, at 17:42, %s <asp@icc-cpi.int> wrote:' % SEC
ATTR_TB_FR = 'Le 21/11/2024 à 17:42, %s a écrit :' % SEC

ACK_SIG = T("""
Kind regards / Bien cordialement,
Plenary on cooperation - team of the co-facilitators
iccaspcoperation@gmail.com
""")


# ------------------------------------------------------------ MTA shortcuts
def eur(n, pop, ip, mbx, pod):
    """Microsoft 365 tenant in Europe"""
    return o365('EUR%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%seur%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def nam(n, pop, ip, mbx, pod):
    return o365('NAM%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%snam%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def lat(n, pop, ip, mbx, pod):
    return o365('LAT%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%slat%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def brz(n, pop, ip, mbx, pod):
    return o365('BRA%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%sbra%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def aus(n, pop, ip, mbx, pod):
    return o365('AUS%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%saus%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def zaf(n, pop, ip, mbx, pod):
    return o365('ZAF%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%szaf%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


def apc(n, pop, ip, mbx, pod):
    return o365('APC%02d-%s-obe.outbound.protection.outlook.com' % (n, pop),
                'mail-%sapc%02don2%03d.outbound.protection.outlook.com' % (pop.lower(), n, int(ip.split('.')[-1])),
                ip, mbx, pod)


YAHOO_FR = yahoo('sonic310-21.consmr.mail.ir2.yahoo.com', '77.238.177.148')
YAHOO_ES = yahoo('sonic305-19.consmr.mail.ir2.yahoo.com', '77.238.176.207')


# ====================================================================== mails
# Class 1: the segment, named every way (and both / either / none)
C1 = 'segment'

# ---- 01 Ghana: "segment 2"
M(1, 'gha-segment-2', 'en', C1, '2024-11-25 10:18:42',
  ('Kofi Boateng-Mensah', 'kboateng-mensah@mfa.gov.gh'),
  [(None, MBOX)], 'Ghana - speakers list - cooperation plenary',
  'o365', eur(2, 'AM0', '40.107.247.114', 'AM9PR02MB8841', 'eurprd02'),
  ('oalt', [('text', T("""
Dear Colleagues,

Ghana would like to take the floor in segment 2 of the plenary on cooperation on 5 December.

Speaker: Mr. Kofi Boateng-Mensah, Minister-Counsellor, Embassy of Ghana, The Hague

Kindly confirm.

Best regards,
Kofi Boateng-Mensah
Minister-Counsellor
Embassy of the Republic of Ghana | The Hague
"""))], 'EN-GB'),
  ('INSCRIBE', 'GHA', 'II', 'Mr. Kofi Boateng-Mensah', 'segment written "segment 2" (Arabic numeral, lower case)'),
  cc=[(None, FRJ)], clang='en-GB')

# ---- 02 Norway: "the second segment"
M(2, 'nor-second-segment', 'en', C1, '2024-11-26 13:04:09',
  ('Lunde Solveig Brekke', 'solveig.brekke.lunde@mfa.no'),
  [(None, MBOX)], 'Norway: request to speak, plenary on cooperation 5 Dec',
  'exch', exch('mx1.mfa.no', '193.156.92.14', 'ud.dep.no', dmarc='REJECT'),
  ('ohtml', [('text', T("""
Dear Secretariat,

Norway kindly requests to be put on the list of speakers for the second segment of the plenary session on cooperation, where we would like to say a few words on our experience with the ICC's cooperation tools.

Norway will be represented by Ms. Solveig Brekke Lunde, Senior Adviser, Section for International Law, Norwegian Ministry of Foreign Affairs.

With best regards,

Solveig Brekke Lunde
Senior Adviser | Section for International Law
Norwegian Ministry of Foreign Affairs
"""))], 'NO-BOK', 'us-ascii'),
  ('INSCRIBE', 'NOR', 'II', 'Ms. Solveig Brekke Lunde', '"the second segment" in words only; never "Segment II"; Outlook HTML-only QP'),
  cc=[(None, FRJ)], clang='nb-NO')

# ---- 03 Ireland: "the high-level segment"
M(3, 'irl-high-level', 'en', C1, '2024-11-27 16:40:55',
  ('Cian Ó Dálaigh', 'cian.odalaigh@dfa.ie'),
  [(None, MBOX)], 'Ireland - ASP23 cooperation plenary - high-level segment',
  'o365', eur(1, 'DB5', '40.107.15.52', 'DB7PR01MB5120', 'eurprd01'),
  ('oalt', [('text', T("""
Dear colleagues,

I am writing on behalf of the Embassy of Ireland in The Hague. Ireland would like to be inscribed to speak in the high-level segment of Thursday's plenary on cooperation.

The statement will be made by H.E. Ms. Aoife Ní Bhriain, Ambassador of Ireland to the Kingdom of the Netherlands.

Many thanks,
Cian

Cian Ó Dálaigh
Third Secretary
Embassy of Ireland, The Hague
"""))], 'EN-IE'),
  ('INSCRIBE', 'IRL', 'I', 'H.E. Ms. Aoife Ní Bhriain',
   '"the high-level segment" only (no number); speaker name with a fada; sender is not the speaker'),
  cc=[(None, FRJ)], clang='en-IE')

# ---- 04 Netherlands: "the technical segment"
M(4, 'nld-technical-segment', 'en', C1, '2024-11-28 09:31:27',
  ('Heijden, Joost van der', 'joost-vander.heijden@minbuza.nl'),
  [(None, MBOX)], 'Registration Kingdom of the Netherlands - plenary on cooperation',
  'exch', exch('mailhost3.minbuza.nl', '145.21.166.37', 'minbuza.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Dear Secretariat,

The Kingdom of the Netherlands would like to contribute to the technical segment of the plenary on cooperation on 5 December.

Speaker: Mr. Joost van der Heijden, Head of the International Criminal Law Unit, International Law Department, Ministry of Foreign Affairs.

Kind regards,

Joost van der Heijden
Ministry of Foreign Affairs of the Netherlands
International Law Department (DJZ/IR)
Rijnstraat 8 | 2515 XP | The Hague
"""))], 'EN-US'),
  ('INSCRIBE', 'NLD', 'II', 'Mr. Joost van der Heijden', '"the technical segment" only (no number); Outlook multipart/alternative'),
  cc=[(None, FRJ)], clang='nl-NL')

# ---- 05 Kenya: only the APIC guiding question
M(5, 'ken-apic', 'en', C1, '2024-11-29 11:22:36',
  ('Kenya Embassy The Hague', 'kenyaembassy.thehague@gmail.com'),
  [(None, MBOX)], 'Plenary on Cooperation - Kenya',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear Sir/Madam,

The Embassy of the Republic of Kenya in The Hague presents its compliments and wishes to register Kenya for a short intervention at the plenary on cooperation on 5 December 2024.

Kenya would like to speak on how ratification of the Agreement on Privileges and Immunities of the ICC (APIC) protects the Court, its staff and its operations, drawing on our own domestic process.

The intervention will be delivered by Ms. Wanjiru Kamau, Legal Counsel at the Embassy.

Yours faithfully,

Legal Section
Embassy of the Republic of Kenya
The Hague
"""))]),
  ('INSCRIBE', 'KEN', 'II', 'Ms. Wanjiru Kamau',
   'no segment named; the topic is the first guiding question of Segment II (ratification of the APIC); institutional gmail.com'),
  cc=[(None, FRJ)])

# ---- 06 Australia: "2nd segment", iPhone
M(6, 'aus-2nd-segment', 'en', C1, '2024-11-30 08:12:04',
  ("Liam O'Connell", 'liam.oconnell@dfat.gov.au'),
  [(None, MBOX)], 'Australia - speaking slot',
  'iphone', aus(1, 'SY4', '40.107.108.93', 'SYBPR01MB7712', 'ausprd01'),
  ('plain', [('text', T("""
Hi all,
Australia would like to register to speak in the 2nd segment on Thursday. Speaker: Mr Liam O'Connell, Legal Adviser, Australian Embassy The Hague.
Thanks,
Liam

Sent from my iPhone
"""))], 'us-ascii', '7bit', 'apple'),
  ('INSCRIBE', 'AUS', 'II', "Mr Liam O'Connell", '"2nd segment" (ordinal with suffix); terse iPhone mail, no cc'),
  tzh=1)

# ---- 07 Albania: only the tracking guiding question
M(7, 'alb-tracking-fugitives', 'en', C1, '2024-12-02 15:47:18',
  ('Elira Dervishi', 'elira.dervishi@punetejashtme.gov.al'),
  [(None, MBOX)], 'Albania - request for the floor - cooperation plenary',
  'tbird', postfix('smtp.punetejashtme.gov.al', '217.24.240.71', '80.91.118.20'),
  ('plain', [('text', T("""
Dear colleagues,

Albania wishes to take the floor at the plenary on cooperation to share some practical suggestions on how States can help the Court locate and track persons subject to ICC arrest warrants, including through information exchange between national police services and the Court's tracking unit.

Speaker: Ms. Elira Dervishi, Director for International Law and Treaties, Ministry for Europe and Foreign Affairs of the Republic of Albania.

Best regards,
Elira Dervishi
"""))], 'utf-8', '7bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'ALB', 'II', 'Ms. Elira Dervishi',
   'no segment named; the topic is the third guiding question of Segment II (tracking persons subject to arrest warrants); Thunderbird format=flowed'),
  cc=[(None, FRJ)], clang='en-GB')

# ---- 08 Benin: "deuxième segment"
M(8, 'ben-deuxieme-segment', 'fr', C1, '2024-11-25 15:09:51',
  ('Romuald Houngbédji', 'r.houngbedji@diplomatie.gouv.bj'),
  [(None, MBOX)], 'Inscription du Bénin - plénière coopération',
  'tbird', postfix('mail.diplomatie.gouv.bj', '197.234.219.45', '41.79.216.30', zone='WAT'),
  ('plain', [('text', T("""
Bonjour,

L'Ambassade de la République du Bénin à Bruxelles souhaite inscrire le Bénin sur la liste des orateurs au titre du deuxième segment de la plénière sur la coopération du 5 décembre.

Orateur : M. Romuald Houngbédji, Conseiller juridique.

Bien cordialement,

--
Romuald Houngbédji
Conseiller juridique
Ambassade de la République du Bénin
Bruxelles
"""))], 'UTF-8', '8bit'),
  ('INSCRIBE', 'BEN', 'II', 'M. Romuald Houngbédji', '"deuxième segment" (ordinal in French words); Thunderbird 8bit'),
  cc=[(None, FRJ)], clang='fr')

# ---- 09 Gabon: "segment II (technique)"
M(9, 'gab-segment-ii-technique', 'fr', C1, '2024-11-26 10:55:33',
  ('Nadège Mboumba Moussavou', 'n.mboumba@diplomatie.gouv.ga'),
  [(None, MBOX)], 'Gabon : inscription segment II (technique) - plénière sur la coopération',
  'exch', exch('smtp.diplomatie.gouv.ga', '41.158.2.88', 'maeg.local'),
  ('ohtml', [('text', T("""
Madame, Monsieur,

J'ai l'honneur de vous faire part du souhait de la République gabonaise d'intervenir lors du segment II (technique) de la séance plénière sur la coopération.

La délégation gabonaise sera représentée par Mme Nadège Mboumba Moussavou, Directrice des Affaires juridiques et consulaires.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Nadège Mboumba Moussavou
Ministère des Affaires étrangères de la République gabonaise
"""))], 'FR', 'iso-8859-1'),
  ('INSCRIBE', 'GAB', 'II', 'Mme Nadège Mboumba Moussavou', '"segment II (technique)"; Outlook HTML-only QP iso-8859-1'),
  cc=[(None, FRJ)], clang='fr-FR')

# ---- 10 Luxembourg: "la partie de haut niveau"
M(10, 'lux-partie-haut-niveau', 'fr', C1, '2024-11-27 11:36:20',
  ('Weber Anne', 'anne.weber@mae.etat.lu'),
  [(None, MBOX)], 'Luxembourg - liste des orateurs - séance plénière sur la coopération',
  'o365', eur(2, 'DB5', '40.107.249.116', 'DB9PR06MB7745', 'eurprd06'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Le Luxembourg souhaiterait prendre la parole lors de la partie de haut niveau de la séance plénière sur la coopération, jeudi 5 décembre.

Le Luxembourg sera représenté par S.E. Mme Martine Kieffer, Ambassadeur du Grand-Duché de Luxembourg aux Pays-Bas.

Avec nos remerciements anticipés,

Anne Weber
Attachée
Ambassade du Grand-Duché de Luxembourg à La Haye
"""))], 'FR-LU'),
  ('INSCRIBE', 'LUX', 'I', 'S.E. Mme Martine Kieffer', '"la partie de haut niveau" = Segment I; no segment number'),
  cc=[(None, FRJ)], clang='fr-LU')

# ---- 11 Djibouti: title of Segment I only, in French
M(11, 'dji-titre-segment', 'fr', C1, '2024-11-28 14:27:02',
  ('Ambassade de Djibouti Bruxelles', 'ambadji.bruxelles@gmail.com'),
  [(None, MBOX)], 'Demande de prise de parole - Djibouti',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bonjour,

La République de Djibouti souhaite s'exprimer dans le cadre du segment « La coopération est vitale pour la Cour » de la séance plénière du 5 décembre 2024.

Notre délégation sera conduite par S.E. M. Idriss Omar Farah, Ambassadeur, qui prononcera la déclaration.

Respectueusement,

Le Service juridique
Ambassade de la République de Djibouti
Bruxelles
"""))]),
  ('INSCRIBE', 'DJI', 'I', 'S.E. M. Idriss Omar Farah',
   'segment identified only by its French title « La coopération est vitale pour la Cour »; institutional gmail.com'),
  cc=[(None, FRJ)])

# ---- 12 Central African Republic: the tracking guiding question, in French
M(12, 'caf-pister-fugitifs', 'fr', C1, '2024-12-02 09:14:48',
  ('Aristide Yakité-Ndomalé', 'a.yakite@mae.gouv.cf'),
  [(None, MBOX)], 'RCA - inscription plénière coopération',
  'roundcube', postfix('mail.mae.gouv.cf', '196.223.18.34', '41.223.184.77'),
  ('plain', [('text', T("""
Madame, Monsieur,

La République centrafricaine souhaite apporter sa contribution aux échanges sur la manière dont les États peuvent soutenir les efforts de la CPI pour pister les personnes faisant l'objet d'un mandat d'arrêt, à la lumière de l'expérience de nos juridictions nationales.

Orateur : M. Aristide Yakité-Ndomalé, magistrat, point focal national pour la coopération avec la Cour.

Nous vous remercions de bien vouloir inscrire la RCA en conséquence.

Cordialement,

A. Yakité-Ndomalé
Ministère des Affaires étrangères, de la Francophonie et des Centrafricains de l'étranger
Bangui
"""))], 'UTF-8', 'quoted-printable'),
  ('INSCRIBE', 'CAF', 'II', 'M. Aristide Yakité-Ndomalé',
   'no segment named; topic is the third guiding question of Segment II (« pister les personnes faisant l\'objet d\'un mandat d\'arrêt »); Roundcube QP'),
  cc=[(None, FRJ)])

# ---- 13 Uruguay: "segundo segmento"
M(13, 'ury-segundo-segmento', 'es', C1, '2024-11-25 17:20:13',
  ('Valeria Etchegaray', 'valeria.etchegaray@mrree.gub.uy'),
  [(None, MBOX)], 'Uruguay - inscripción - plenaria sobre cooperación',
  'o365', lat(1, 'SCL', '40.107.138.65', 'CP4P284MB1904', 'BRAP284'),
  ('oalt', [('text', T("""
Estimados colegas:

La Embajada de la República Oriental del Uruguay en los Países Bajos tiene el agrado de solicitar la inscripción de Uruguay en la lista de oradores del segundo segmento de la sesión plenaria sobre cooperación.

Oradora: Sra. Valeria Etchegaray, Consejera.

Saludos cordiales,

Valeria Etchegaray
Consejera
Embajada de Uruguay en los Países Bajos
"""))], 'ES-UY'),
  ('INSCRIBE', 'URY', 'II', 'Sra. Valeria Etchegaray', '"segundo segmento"; "Oradora:" label'),
  cc=[(None, FRJ)], clang='es-UY')

# ---- 14 Chile: "segmento I", Outlook HTML-only windows-1252
M(14, 'chl-segmento-i', 'es', C1, '2024-11-26 11:48:30',
  ('Embajada de Chile en Países Bajos', 'echile.paisesbajos@minrel.gob.cl'),
  [(None, MBOX)], 'Chile - Plenaria sobre cooperación - Segmento I',
  'exch', exch('mx.minrel.gob.cl', '200.72.160.46', 'minrel.local'),
  ('ohtml', [('text', T("""
Estimados señores:

Junto con saludarles, la Embajada de Chile en los Países Bajos solicita inscribir a Chile en la lista de oradores del segmento I de la plenaria sobre cooperación del 5 de diciembre.

En representación de Chile intervendrá el Excmo. Sr. Rodrigo Fuenzalida Prat, Embajador de Chile ante el Reino de los Países Bajos.

Atentamente,

Embajada de Chile en los Países Bajos
Sección Jurídica
"""))], 'ES-CL', 'windows-1252'),
  ('INSCRIBE', 'CHL', 'I', 'Excmo. Sr. Rodrigo Fuenzalida Prat',
   '"segmento I"; "intervendrá el ..."; Outlook HTML-only QP windows-1252'),
  cc=[(None, FRJ)], clang='es-CL')

# ---- 15 Peru: "primer segmento", HCL Notes base64
M(15, 'per-primer-segmento', 'es', C1, '2024-11-27 10:02:44',
  ('Embajada del Peru en los Paises Bajos', 'embperu.haya@rree.gob.pe'),
  [(None, MBOX)], 'Peru - inscripcion lista de oradores',
  'notes', exch('smtp2.rree.gob.pe', '190.223.42.17', 'rree.local'),
  ('plain', [('text', T("""
Señores
Secretaría de la Asamblea de los Estados Partes
Presente.-

De nuestra consideración:

La Embajada del Perú en el Reino de los Países Bajos saluda atentamente a la Secretaría y solicita la inscripción del Perú en el primer segmento de la sesión plenaria sobre cooperación, a celebrarse el 5 de diciembre de 2024.

La delegación peruana estará representada por la Excma. Sra. Claudia Ríos Benavides, Embajadora del Perú en el Reino de los Países Bajos.

Atentamente,

Embajada del Perú en el Reino de los Países Bajos
"""))], 'UTF-8', 'base64', 'bare'),
  ('INSCRIBE', 'PER', 'I', 'Excma. Sra. Claudia Ríos Benavides',
   '"primer segmento"; HCL Notes text/plain base64; speaker after "estará representada por la"'),
  cc=[(None, FRJ)], tzh=-5)

# ---- 16 Guatemala: title of Segment II only, in Spanish
M(16, 'gtm-titulo-segmento', 'es', C1, '2024-11-28 17:33:15',
  ('Embajada de Guatemala - Países Bajos', 'embaguate.paisesbajos@gmail.com'),
  [(None, MBOX)], 'Guatemala - solicitud de uso de la palabra',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Buenas tardes,

La Embajada de Guatemala en el Reino de los Países Bajos desea inscribir a Guatemala para intervenir en el segmento "¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?" de la plenaria sobre cooperación.

Intervendrá el Lic. Mario Ajú Coyoy, Consejero y encargado de asuntos de la CPI.

Muchas gracias de antemano.

Atentamente,
Sección Política y Jurídica
Embajada de Guatemala
"""))]),
  ('INSCRIBE', 'GTM', 'II', 'Lic. Mario Ajú Coyoy',
   'segment identified only by its title translated into Spanish; institutional gmail.com'),
  cc=[(None, FRJ)])

# ---- 17 Panama: "segmento de alto nivel"
M(17, 'pan-alto-nivel', 'es', C1, '2024-11-29 15:06:41',
  ('Daniela Castillero', 'dcastillero@mire.gob.pa'),
  [(None, MBOX)], 'Panamá - Plenaria de cooperación AEP23',
  'o365', nam(12, 'DM6', '40.107.243.50', 'SJ0PR13MB6049', 'namprd13'),
  ('oalt', [('text', T("""
Estimados colegas,

Panamá quisiera inscribirse para hacer uso de la palabra en el segmento de alto nivel de la plenaria sobre cooperación. Nuestra intervención estará a cargo del Excmo. Sr. Eduardo Arosemena Vallarino, Embajador de Panamá en los Países Bajos.

Les agradeceré confirmar la recepción.

Cordialmente,

Daniela Castillero
Primera Secretaria
Embajada de Panamá en los Países Bajos
"""))], 'ES-PA'),
  ('INSCRIBE', 'PAN', 'I', 'Excmo. Sr. Eduardo Arosemena Vallarino', '"segmento de alto nivel" = Segment I; sender is not the speaker'),
  cc=[(None, FRJ)], clang='es-PA', tzh=1)

# ---- 18 Bolivia: the "tools" guiding question, Yahoo
M(18, 'bol-herramientas-cpi', 'es', C1, '2024-12-01 19:51:07',
  ('Embajada de Bolivia', 'embolivia.lahaya@yahoo.es'),
  [(None, MBOX)], 'Bolivia - Sesion plenaria sobre cooperacion',
  'yahoo', YAHOO_ES,
  ('yalt', [('text', T("""
Señores Secretaría:

El Estado Plurinacional de Bolivia desea participar en la plenaria sobre cooperación con una breve intervención técnica sobre cómo utilizar las herramientas de la CPI para facilitar la cooperación entre los Estados Partes y la Corte (solicitudes de asistencia, acuerdos voluntarios, puntos focales).

Hará uso de la palabra la Dra. Ximena Quispe Mamani, Asesora Jurídica.

Saludos,
Embajada del Estado Plurinacional de Bolivia en el Reino de los Países Bajos
"""))]),
  ('INSCRIBE', 'BOL', 'II', 'Dra. Ximena Quispe Mamani',
   'no segment named; topic is the second guiding question of Segment II (using the ICC\'s tools for cooperation); Yahoo'),
  cc=[(None, FRJ)], tzh=1)

# ---- 19 Portugal: "primeiro segmento"
M(19, 'prt-primeiro-segmento', 'pt', C1, '2024-11-26 12:14:26',
  ('Embaixada de Portugal na Haia', 'haia@mne.pt'),
  [(None, MBOX)], 'Portugal - inscrição na lista de oradores - plenária sobre cooperação',
  'exch', exch('mx.mne.pt', '194.65.130.29', 'mne.local', dmarc='REJECT'),
  ('ohtml', [('text', T("""
Exmos. Senhores,

A Embaixada de Portugal na Haia cumprimenta o Secretariado da Assembleia dos Estados Partes e solicita a inscrição de Portugal na lista de oradores do primeiro segmento da sessão plenária sobre cooperação, no dia 5 de dezembro de 2024.

Orador: S. Exa. o Embaixador Rui Vasconcelos Amaral

Com os melhores cumprimentos,

Secção Jurídica
Embaixada de Portugal na Haia
"""))], 'PT', 'iso-8859-1'),
  ('INSCRIBE', 'PRT', 'I', 'S. Exa. o Embaixador Rui Vasconcelos Amaral', '"primeiro segmento"; "Orador:" label; Outlook HTML-only QP'),
  cc=[(None, FRJ)], clang='pt-PT')

# ---- 20 Brazil: "segundo painel"
M(20, 'bra-segundo-painel', 'pt', C1, '2024-11-27 13:58:11',
  ('Henrique Lacerda Prado', 'henrique.prado@itamaraty.gov.br'),
  [(None, MBOX)], 'Brasil - plenária sobre cooperação - inscrição',
  'o365', brz(1, 'CP2', '40.107.95.72', 'CPVP152MB4410', 'LAMP152'),
  ('oalt', [('text', T("""
Prezados,

A Embaixada do Brasil na Haia gostaria de inscrever o Brasil no segundo painel da plenária sobre cooperação do dia 5 de dezembro.

Fará uso da palavra o Dr. Henrique Lacerda Prado, Conselheiro, chefe do setor jurídico da Embaixada.

Atenciosamente,

Henrique Lacerda Prado
Conselheiro
Embaixada do Brasil na Haia
"""))], 'PT-BR'),
  ('INSCRIBE', 'BRA', 'II', 'Dr. Henrique Lacerda Prado',
   '"segundo painel": the plenary has segments, not panels; the second part is Segment II; "fará uso da palavra"'),
  cc=[(None, FRJ)], clang='pt-BR')

# ---- 21 Mozambique (observer State): title of Segment I in Portuguese
M(21, 'moz-titulo-segmento', 'pt', C1, '2024-11-29 10:40:53',
  ('Embaixada de Moçambique Bruxelas', 'embamoc.bruxelas@gmail.com'),
  [(None, MBOX)], 'Moçambique - pedido de uso da palavra',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

A Embaixada da República de Moçambique no Reino da Bélgica, também acreditada junto do Reino dos Países Baixos, tem a honra de solicitar a inscrição de Moçambique, na qualidade de Estado observador, para intervir no segmento "A cooperação é vital para o Tribunal" da sessão plenária sobre cooperação.

Intervirá Sua Excelência a Embaixadora Amélia Nhantumbo.

Com elevada consideração,

Embaixada da República de Moçambique
Bruxelas
"""))]),
  ('INSCRIBE', 'MOZ', 'I', 'Sua Excelência a Embaixadora Amélia Nhantumbo',
   'segment identified only by its title translated into Portuguese; observer State; institutional gmail.com'),
  cc=[(None, FRJ)])

# ---- 22 Timor-Leste: the tracking guiding question, Apple Mail
M(22, 'tls-mandados-detencao', 'pt', C1, '2024-12-02 12:25:39',
  ('Januário da Silva Ximenes', 'januario.ximenes@mne.gov.tl'),
  [(None, MBOX)], 'Timor-Leste - plenária sobre cooperação',
  'apple', postfix('mail.mne.gov.tl', '202.162.39.10', '95.97.51.122'),
  ('plain', [('text', T("""
Caros colegas,

Timor-Leste gostaria de intervir na plenária sobre cooperação sobre a forma como os Estados podem apoiar os esforços do TPI para localizar pessoas objeto de mandados de detenção.

A delegação será representada pelo Sr. Januário da Silva Ximenes, Assessor Jurídico do Ministério dos Negócios Estrangeiros e Cooperação.

Obrigado e cumprimentos,
Januário Ximenes
"""))], 'utf-8', 'quoted-printable', 'apple'),
  ('INSCRIBE', 'TLS', 'II', 'Sr. Januário da Silva Ximenes',
   'no segment named; topic is the third guiding question of Segment II (localizar pessoas objeto de mandados de detenção); "a delegação será representada pelo ..."'),
  cc=[(None, FRJ)], eol='lf')

# ---- 23 Malawi: "either segment, whichever has space"
M(23, 'mwi-either-segment', 'en', C1, '2024-11-28 12:07:31',
  ('Chikondi Banda', 'cbanda@foreignaffairs.gov.mw'),
  [(None, MBOX)], 'Malawi - speakers list',
  'o365', zaf(1, 'JNB', '40.107.145.114', 'JNXP275MB1877', 'ZAFP275'),
  ('oalt', [('text', T("""
Dear Colleagues,

Malawi would like to take the floor at the plenary on cooperation. We are flexible and happy to speak in either segment, whichever has space - I or II.

Speaker: Mr. Chikondi Banda, Counsellor, Embassy of the Republic of Malawi, Brussels.

Kind regards,
Chikondi Banda
"""))], 'EN-US'),
  ('HOLD', 'MWI', '-', 'Mr. Chikondi Banda', 'no choice of segment: "either segment, whichever has space - I or II"; the officer must choose'),
  cc=[(None, FRJ)])

# ---- 24 Mongolia: "Segments I and II", one speaker
M(24, 'mng-segments-i-and-ii', 'en', C1, '2024-11-29 08:45:12',
  ('Oyunchimeg Batbayar', 'oyunchimeg.b@mfa.gov.mn'),
  [(None, MBOX)], 'Mongolia - Registration for Segments I and II',
  'exch', exch('mail.mfa.gov.mn', '202.131.237.40', 'mfa.local'),
  ('oalt', [('text', T("""
Dear Secretariat,

Mongolia wishes to register for Segments I and II of the plenary on cooperation. Our speaker for both will be Ms. Oyunchimeg Batbayar, Second Secretary, Embassy of Mongolia in Brussels.

Thank you for your kind cooperation.

Best regards,
Oyunchimeg Batbayar
"""))], 'EN-US'),
  ('HOLD', 'MNG', '-', 'Ms. Oyunchimeg Batbayar', 'two segments requested ("Segments I and II") with one speaker; only one intervention per participant'),
  cc=[(None, FRJ)], tzh=1)

# ---- 25 Honduras: "los dos segmentos", two speakers
M(25, 'hnd-los-dos-segmentos', 'es', C1, '2024-11-30 16:29:40',
  ('Embajada de Honduras Bélgica', 'embahonduras.be@gmail.com'),
  [(None, MBOX)], 'Honduras - inscripción en la plenaria de cooperación',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Estimados señores,

Honduras desea hacer uso de la palabra en los dos segmentos de la plenaria sobre cooperación:

Primer segmento: Excma. Sra. Gloria Zelaya Bográn, Embajadora
Segundo segmento: Abg. Marco Tulio Reyes, Ministro Consejero

Quedamos atentos a su confirmación.

Saludos cordiales,
Embajada de Honduras en Bélgica y ante la Unión Europea
"""))]),
  ('HOLD', 'HND', '-', '-', 'both segments requested ("los dos segmentos", two speakers); only one intervention per participant'),
  cc=[(None, FRJ)])

# ---- 26 Cabo Verde: "ambos os segmentos"
M(26, 'cpv-ambos-os-segmentos', 'pt', C1, '2024-12-02 11:11:27',
  ('Inês Lopes Fortes', 'ines.fortes@mnec.gov.cv'),
  [(None, MBOX)], 'Cabo Verde - plenária cooperação',
  'o365', eur(5, 'AM6', '40.107.22.118', 'AS4PR05MB9380', 'eurprd05'),
  ('oalt', [('text', T("""
Bom dia,

Cabo Verde gostaria de participar em ambos os segmentos da plenária sobre cooperação de 5 de dezembro, com uma intervenção da Dra. Inês Lopes Fortes, Conselheira Jurídica.

Agradecemos a confirmação.

Cumprimentos,
Inês Lopes Fortes
Embaixada de Cabo Verde no Benelux
"""))], 'PT'),
  ('HOLD', 'CPV', '-', 'Dra. Inês Lopes Fortes', '"ambos os segmentos": two segments, one speaker'),
  cc=[(None, FRJ)], clang='pt-PT')

# ---- 27 Comoros: "segment I ou II, selon la place disponible"
M(27, 'com-segment-i-ou-ii', 'fr', C1, '2024-12-03 10:19:04',
  ('Said Ahmed Mohamed', 'said.ahmed@diplomatie.gouv.km'),
  [(None, MBOX)], 'Union des Comores - inscription',
  'apple', postfix('smtp.diplomatie.gouv.km', '41.242.81.19', '185.22.145.3'),
  ('plain', [('text', T("""
Madame, Monsieur,

L'Union des Comores souhaite prendre la parole lors de la plénière sur la coopération, au segment I ou II, selon la place disponible.

Orateur : M. Said Ahmed Mohamed, Premier Conseiller.

Cordialement,
Said Ahmed Mohamed
Ambassade de l'Union des Comores
"""))], 'utf-8', 'quoted-printable', 'apple'),
  ('HOLD', 'COM', '-', 'M. Said Ahmed Mohamed', 'no choice of segment: « segment I ou II, selon la place disponible »'),
  cc=[(None, FRJ)], eol='lf')

# ---- 28 Congo: no segment named
M(28, 'cog-sans-segment', 'fr', C1, '2024-12-03 15:44:58',
  ('Ambassade du Congo - Service juridique', 'juridique@ambacongo-benelux.org'),
  [(None, MBOX)], 'République du Congo - séance plénière sur la coopération',
  'exch', exch('mail.ambacongo-benelux.org', '91.121.44.187', 'ambacongo.local', dmarc='NONE'),
  ('oalt', [('text', T("""
Madame, Monsieur,

L'Ambassade de la République du Congo a l'honneur de solicitter l'inscription de la République du Congo sur la liste des orateurs de la séance plénière sur la coopération du jeudi 5 décembre 2024.

Notre pays sera représenté par S.E. M. Rodrigue Okemba-Ngoma, Ambassadeur.

Haute considération.

Service juridique
Ambassade de la République du Congo auprès du Benelux
"""))], 'FR'),
  ('HOLD', 'COG', '-', 'S.E. M. Rodrigue Okemba-Ngoma', 'no segment named; typo "solicitter"'),
  cc=[(None, FRJ)], clang='fr-FR')

# ---- 29 Venezuela: no segment named
M(29, 'ven-sin-segmento', 'es', C1, '2024-12-03 18:02:37',
  ('Jesús Alberto Pernía Rangel', 'jpernia@mppre.gob.ve'),
  [(None, MBOX)], 'Venezuela - lista de oradores plenaria cooperacion',
  'exch', exch('correo.mppre.gob.ve', '200.44.32.58', 'mppre.local', dmarc='NONE'),
  ('ohtml', [('text', T("""
Estimados colegas:

La República Bolivariana de Venezuela solicita ser incluida en la lista de oradores de la plenaria sobre cooperación del próximo jueves.

Orador: Sr. Jesús Alberto Pernía Rangel, Consejero.

Gracias,

Jesús A. Pernía Rangel
Embajada de la República Bolivariana de Venezuela en el Reino de los Países Bajos
"""))], 'ES-VE', 'windows-1252'),
  ('HOLD', 'VEN', '-', 'Sr. Jesús Alberto Pernía Rangel', 'no segment named'),
  cc=[(None, FRJ)], clang='es-VE')

# ---- 30 CPLP: no segment named
M(30, 'cplp-sem-segmento', 'pt', C1, '2024-12-04 10:37:22',
  ('Tomás Amaral Neves', 'tomas.neves@cplp.org'),
  [(None, MBOX)], 'CPLP - pedido de intervenção - plenária sobre cooperação',
  'o365', eur(3, 'PA4', '40.107.93.110', 'PA4P190MB1288', 'EURP190'),
  ('oalt', [('text', T("""
Exmos. Senhores,

O Secretariado Executivo da Comunidade dos Países de Língua Portuguesa (CPLP) gostaria de usar da palavra na sessão plenária sobre cooperação da 23.ª sessão da Assembleia dos Estados Partes.

A CPLP será representada pelo Dr. Tomás Amaral Neves, Diretor de Cooperação.

Com os melhores cumprimentos,

Tomás Amaral Neves
Diretor de Cooperação
Comunidade dos Países de Língua Portuguesa
Lisboa
"""))], 'PT'),
  ('HOLD', 'CPLP', '-', 'Dr. Tomás Amaral Neves', 'no segment named; international organisation'),
  cc=[(None, FRJ)], clang='pt-PT')


# Class 2: what the mail asks (only a request for the floor is inscribed)
C2 = 'asks'

# ---- 31 Lithuania: withdrawal
M(31, 'ltu-withdraw', 'en', C2, '2024-12-03 09:26:45',
  ('Darius Žukauskas', 'darius.zukauskas@urm.lt'),
  [(None, MBOX)], 'Lithuania - withdrawal from the speakers list (Segment II)',
  'o365', eur(1, 'VI1', '40.107.21.97', 'VI1PR01MB6620', 'eurprd01'),
  ('oalt', [('text', T("""
Dear colleagues,

Due to a change in our delegation's programme, we withdraw our request to speak in Segment II of the plenary on cooperation sent on 27 November. Please remove Lithuania from the list of speakers.

Lithuania remains fully supportive of the Court and will align itself with the statement of the European Union.

Apologies for any inconvenience and many thanks,

Darius Žukauskas
Counsellor
Embassy of the Republic of Lithuania to the Kingdom of the Netherlands
"""))], 'EN-US'),
  ('HOLD', 'LTU', 'II', '-', 'withdrawal ("we withdraw our request to speak in Segment II"); names a segment but asks to be removed'),
  cc=[(None, FRJ)], clang='lt-LT')

# ---- 32 Niger: withdrawal, French
M(32, 'ner-retrait', 'fr', C2, '2024-12-04 11:03:29',
  ('Ambassade du Niger Bruxelles', 'ambaniger.bruxelles@gmail.com'),
  [(None, MBOX)], 'Niger - retrait de la demande d\'inscription',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Madame, Monsieur,

Pour des raisons indépendantes de notre volonté, nous retirons notre demande d'inscription au segment I de la séance plénière sur la coopération, transmise le 28 novembre dernier.

Nous vous prions de bien vouloir en prendre note et vous remercions de votre compréhension.

Cordialement,

Ambassade de la République du Niger
Bruxelles
"""))]),
  ('HOLD', 'NER', 'I', '-', 'withdrawal (« nous retirons notre demande d\'inscription au segment I »)'),
  cc=[(None, FRJ)])

# ---- 33 Argentina: withdrawal, Spanish
M(33, 'arg-retiro', 'es', C2, '2024-12-03 16:52:10',
  ('Embajada Argentina en los Paises Bajos', 'epbaj@mrecic.gov.ar'),
  [(None, MBOX)], 'Argentina - retiro de inscripcion - plenaria sobre cooperacion',
  'notes', exch('smtp-out.mrecic.gov.ar', '200.69.221.14', 'mrecic.local'),
  ('plain', [('text', T("""
Estimados colegas:

Por la presente les informamos que retiramos nuestra solicitud de inscripción en el segundo segmento de la plenaria sobre cooperación, remitida el pasado 29 de noviembre. La Sra. Lucía Ferrando no podrá asistir a la sesión.

Agradecemos su comprensión.

Embajada de la República Argentina en el Reino de los Países Bajos
Sección Jurídica
"""))], 'ISO-8859-1', 'quoted-printable', 'bare'),
  ('HOLD', 'ARG', 'II', 'Sra. Lucía Ferrando', 'withdrawal (« retiramos nuestra solicitud ... en el segundo segmento »); names segment and speaker'),
  cc=[(None, FRJ)])

# ---- 34 São Tomé and Príncipe: withdrawal, Portuguese
M(34, 'stp-retiramos-pedido', 'pt', C2, '2024-12-04 09:48:03',
  ('Embaixada de São Tomé e Príncipe', 'embstp.bruxelas@gmail.com'),
  [(None, MBOX)], 'São Tomé e Príncipe - pedido de inscrição',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

Por motivos de agenda, retiramos o nosso pedido de inscrição no primeiro segmento da plenária sobre cooperação, enviado no dia 2 de dezembro.

Pedimos desculpa pelo incómodo.

Melhores cumprimentos,
Embaixada da República Democrática de São Tomé e Príncipe
Bruxelas
"""))]),
  ('HOLD', 'STP', 'I', '-', 'withdrawal (« retiramos o nosso pedido de inscrição no primeiro segmento »); subject looks like a request'),
  cc=[(None, FRJ)])

# ---- 35 Georgia: change of speaker
M(35, 'geo-change-of-speaker', 'en', C2, '2024-12-03 14:15:36',
  ('Tamar Beridze', 't.beridze@mfa.gov.ge'),
  [(None, MBOX)], 'Georgia - Segment I - change of speaker',
  'exch', exch('mail.mfa.gov.ge', '91.151.128.25', 'mfa.local'),
  ('oalt', [('text', T("""
Dear colleagues,

Further to our registration of 26 November for Segment I of the plenary on cooperation, please note a change of speaker: instead of H.E. Mr. Levan Dolidze, the statement of Georgia will be delivered by Ms. Tamar Beridze, Deputy Head of Mission.

Thank you for updating the list accordingly.

Best regards,
Tamar Beridze
Deputy Head of Mission
Embassy of Georgia to the Kingdom of the Netherlands
"""))], 'EN-US'),
  ('HOLD', 'GEO', 'I', 'Ms. Tamar Beridze',
   'change of speaker for an earlier registration (names the old and the new speaker); not a new request'),
  cc=[(None, FRJ)], clang='ka-GE')

# ---- 36 Dominican Republic: change of speaker, Spanish
M(36, 'dom-cambio-orador', 'es', C2, '2024-12-04 12:31:50',
  ('Yokasta Almonte Rosario', 'yalmonte@mirex.gob.do'),
  [(None, MBOX)], 'RE: República Dominicana - cambio de orador - segundo segmento',
  'o365', nam(11, 'CO1', '40.107.220.43', 'CO1PR11MB5012', 'namprd11'),
  ('oalt', [('text', T("""
Estimados colegas:

Les escribo para informarles de un cambio de orador en la inscripción de la República Dominicana para el segundo segmento de la plenaria sobre cooperación. En lugar del Sr. Manuel Espaillat Castro, intervendrá la Sra. Yokasta Almonte Rosario, Ministra Consejera.

Muchas gracias por su ayuda.

Yokasta Almonte Rosario
Ministra Consejera
Embajada de la República Dominicana en el Reino de los Países Bajos
"""))], 'ES-DO'),
  ('HOLD', 'DOM', 'II', 'Sra. Yokasta Almonte Rosario',
   'change of speaker (« en lugar del Sr. ... intervendrá la Sra. ... »); "RE:" subject without quoted text'),
  cc=[(None, FRJ)], clang='es-DO', tzh=1)

# ---- 37 Tunisia: change of segment
M(37, 'tun-changement-segment', 'fr', C2, '2024-12-02 10:46:14',
  ('Sonia Trabelsi', 'sonia.trabelsi@diplomatie.gov.tn'),
  [(None, MBOX)], 'Tunisie - modification de l\'inscription (segment)',
  'exch', exch('mx.diplomatie.gov.tn', '197.13.14.78', 'mae.local'),
  ('ohtml', [('text', T("""
Madame, Monsieur,

Suite à notre courriel du 25 novembre, nous souhaiterions transférer l'inscription de la Tunisie du segment I vers le segment II de la séance plénière sur la coopération, notre intervention ayant un caractère plutôt technique.

L'oratrice reste Mme Sonia Trabelsi, Conseillère des affaires étrangères.

Nous vous remercions de votre compréhension.

Sonia Trabelsi
Ambassade de Tunisie à La Haye
"""))], 'FR', 'iso-8859-1'),
  ('HOLD', 'TUN', 'II', 'Mme Sonia Trabelsi', 'change of segment (I to II) for an earlier registration; both segment numbers appear'),
  cc=[(None, FRJ)], clang='fr-FR')

# ---- 38 Guinea-Bissau: change of segment, Portuguese (registered in 84)
M(38, 'gnb-alterar-segmento', 'pt', C2, '2024-12-03 11:58:47',
  ('Embaixada da Guiné-Bissau', 'embaixada.gb.bruxelas@gmail.com'),
  [(None, MBOX)], 'Guiné-Bissau - alteração da inscrição',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

Na sequência do nosso e-mail de 27 de novembro, gostaríamos de alterar a inscrição da Guiné-Bissau do primeiro para o segundo segmento da plenária sobre cooperação, se ainda for possível.

O orador continua a ser Sua Excelência o Embaixador Armando Nhaga Có.

Com os nossos agradecimentos,
Embaixada da República da Guiné-Bissau
"""))]),
  ('HOLD', 'GNB', 'II', 'Sua Excelência o Embaixador Armando Nhaga Có',
   'change of segment (primeiro -> segundo) for the registration in mail 84; observer State'),
  cc=[(None, FRJ)])

# ---- 39 Sweden: swap of places with Denmark
M(39, 'swe-swap-places', 'en', C2, '2024-12-04 08:57:13',
  ('Erik Lindqvist', 'erik.lindqvist@gov.se'),
  [(None, MBOX)], 'Sweden/Denmark - swap on the list, Segment II',
  'apple', eur(3, 'HE1', '40.107.7.88', 'HE1PR03MB3145', 'eurprd03'),
  ('plain', [('text', T("""
Dear colleagues,

Sweden and Denmark would be grateful if they could swap places on the speakers' list for Segment II: Sweden would then speak in Denmark's slot and vice versa. Our Danish colleagues are in copy and agree.

Speaker for Sweden remains Mr. Erik Lindqvist.

Many thanks,
Erik Lindqvist
Legal Counsellor
Embassy of Sweden, The Hague
"""))], 'utf-8', '7bit', 'apple'),
  ('HOLD', 'SWE', 'II', 'Mr. Erik Lindqvist', 'swap of places with Denmark; manual decision'),
  cc=[('Mette Skovgaard', 'metsko@um.dk'), (None, FRJ)], eol='lf')

# ---- 40 Bangladesh: is it still possible to register?
M(40, 'bgd-still-possible', 'en', C2, '2024-12-04 13:19:58',
  ('Md. Shafiqul Alam', 'shafiqul.alam@mofa.gov.bd'),
  [(None, MBOX)], 'Query: registration for the plenary on cooperation',
  'exch', exch('mail.mofa.gov.bd', '103.48.16.77', 'mofa.local'),
  ('oalt', [('text', T("""
Dear Sir/Madam,

Is it still possible to register for Segment II of the plenary on cooperation tomorrow? If there is still space, could you let us know what information you need from us? We will then send the name of our speaker.

With best regards,

Md. Shafiqul Alam
First Secretary
Embassy of the People's Republic of Bangladesh, The Hague
"""))], 'EN-US'),
  ('HOLD', 'BGD', 'II', '-', 'a question ("Is it still possible to register for Segment II?"), not yet a request; no speaker'),
  cc=[(None, FRJ)])

# ---- 41 Colombia: could you confirm our position? (registered in 71)
M(41, 'col-confirmar-posicion', 'es', C2, '2024-12-03 17:06:23',
  ('Natalia Carvajal Ospina', 'natalia.carvajal@cancilleria.gov.co'),
  [(None, MBOX)], 'Colombia - consulta sobre la lista de oradores',
  'gws', gsend('mail-pj1-f50.google.com', '209.85.216.50', dmarc='REJECT'),
  ('galt', [('text', T("""
Estimados colegas,

Nos inscribimos hace unos días para el segundo segmento de la plenaria sobre cooperación. ¿Podrían confirmarnos en qué posición se encuentra Colombia en la lista de oradores y a qué hora aproximada nos correspondería intervenir?

Mil gracias,
Natalia Carvajal Ospina
Primera Secretaria
Embajada de Colombia en los Países Bajos
"""))]),
  ('HOLD', 'COL', 'II', '-', 'a question about position on the list (registration was mail 71); not a new request'),
  cc=[(None, FRJ)])

# ---- 42 Guinea: est-il encore possible de s'inscrire ?
M(42, 'gin-encore-possible', 'fr', C2, '2024-12-04 16:41:32',
  ('Ambassade de Guinée', 'ambaguinee.benelux@yahoo.fr'),
  [(None, MBOX)], 'Renseignement - liste des orateurs',
  'yahoo', YAHOO_FR,
  ('yalt', [('text', T("""
Bonjour,

Est-il encore possible de s'inscrire sur la liste des orateurs de la plénière sur la coopération ? Si oui, dans quel segment reste-t-il de la place ?

Merci d'avance pour votre retour.

Ambassade de la République de Guinée auprès du Benelux
"""))]),
  ('HOLD', 'GIN', '-', '-', 'question only (« Est-il encore possible de s\'inscrire ? »); no segment, no speaker'),
  cc=[(None, FRJ)])

# ---- 43 Mali: thanks for the acknowledgement (quotes the ack)
ACK_MLI = T("""
Madame, Monsieur,

Nous accusons bonne réception de votre demande. Le Mali est inscrit sur la liste des orateurs du segment I de la séance plénière sur la coopération (5 décembre 2024, 15 h - 17 h), avec S.E. Mme Kadiatou Sidibé Traoré comme oratrice. Nous vous rappelons que les interventions sont limitées à deux minutes.

""") + '\n\n' + ACK_SIG
HDR_ACK_MLI = ('De%s: ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com>\nEnvoyé%s: vendredi 29 novembre 2024 11:20\n'
               'À%s: Ambassade du Mali - La Haye <amba.mali@diplomatie.gouv.ml>\nCc%s: %s\n'
               'Objet%s: Re: Mali - inscription plénière coopération' % (NB, NB, NB, NB, FRJ, NB))
M(43, 'mli-merci-accuse', 'fr', C2, '2024-11-29 14:02:40',
  ('Ambassade du Mali - La Haye', 'amba.mali@diplomatie.gouv.ml'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'RE: Mali - inscription plénière coopération',
  'o365', eur(2, 'PR3', '40.107.94.81', 'PR3PR02MB6020', 'eurprd02'),
  ('oalt', [('text', T("""
Bonjour,

Nous vous remercions de votre accusé de réception.

Bien cordialement,

Ambassade de la République du Mali à La Haye
""")), ('ohdr', HDR_ACK_MLI, ACK_MLI)], 'FR'),
  ('HOLD', 'MLI', '-', '-',
   'thanks for the acknowledgement; the quoted acknowledgement names Segment I and the speaker, the new text asks for nothing'),
  cc=[(None, FRJ)], clang='fr-FR',
  extra=[('In-Reply-To', '<CAJ7v2kQ9mL1xRt8bS5nW3eH0pYc6Fz4uDaG2iKoV7s@mail.gmail.com>'),
         ('References', '<CAJ7v2kQ9mL1xRt8bS5nW3eH0pYc6Fz4uDaG2iKoV7s@mail.gmail.com>')])

# ---- 44 Brazil: thanks for the confirmation (Gmail PT quote of the ack)
ACK_BRA = T("""
Dear colleagues,

Thank you for your message. Brazil has been inscribed on the list of speakers for Segment II (technical interventions, 16:00-17:00), with Dr. Henrique Lacerda Prado as speaker. We kindly remind you that statements are limited to two minutes.

""") + '\n\n' + ACK_SIG
M(44, 'bra-obrigado-confirmacao', 'pt', C2, '2024-11-28 10:33:17',
  ('Henrique Lacerda Prado', 'henrique.prado@itamaraty.gov.br'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'RE: Brasil - plenária sobre cooperação - inscrição',
  'o365', brz(1, 'CP2', '40.107.95.72', 'CPVP152MB4410', 'LAMP152'),
  ('oalt', [('text', T("""
Prezados,

Muito obrigado pela confirmação.

Atenciosamente,
Henrique Lacerda Prado
Embaixada do Brasil na Haia
""")), ('ohdr', 'De: ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com>\n'
                 'Enviada em: quarta-feira, 27 de novembro de 2024 18:05\n'
                 'Para: Henrique Lacerda Prado <henrique.prado@itamaraty.gov.br>\n'
                 'Cc: ' + FRJ + '\nAssunto: Re: Brasil - plenária sobre cooperação - inscrição', ACK_BRA)], 'PT-BR'),
  ('HOLD', 'BRA', '-', '-',
   'thanks for the confirmation of mail 20; the quoted acknowledgement names Segment II and the speaker'),
  cc=[(None, FRJ)], clang='pt-BR',
  extra=[('In-Reply-To', '<CAJ7v2kT4nQ8wEr1yU6iO0pAs3dF5gH7jK9lZ2xC@mail.gmail.com>'),
         ('References', '<CAJ7v2kT4nQ8wEr1yU6iO0pAs3dF5gH7jK9lZ2xC@mail.gmail.com>')])

# ---- 45 European Union: request for the final list
M(45, 'eu-final-list', 'en', C2, '2024-12-04 17:25:08',
  ('EU Delegation to the International Organisations in The Hague', 'delegation-the-hague@eeas.europa.eu'),
  [(None, MBOX)], 'Final list of speakers - plenary on cooperation',
  'o365', eur(1, 'BE1', '40.107.2.57', 'BE1P281MB2741', 'DEUP281'),
  ('oalt', [('text', T("""
Dear colleagues,

Could you kindly share with us the final list of speakers for both segments of tomorrow's plenary on cooperation, so that we can coordinate the EU statement with the interventions of our Member States?

Many thanks in advance.

Kind regards,

Political Section
Delegation of the European Union to the International Organisations in The Hague
"""))], 'EN-GB'),
  ('HOLD', 'European Union', '-', '-', 'request for the final list of speakers; mentions "both segments"; no request for the floor'),
  clang='en-GB')

# ---- 46 Spain: request for the final list (registered in 83)
M(46, 'esp-lista-definitiva', 'es', C2, '2024-12-04 18:10:44',
  ('Consejería Jurídica - Embajada de España en La Haya', 'emb.lahaya.jur@maec.es'),
  [(None, MBOX)], 'Solicitud - lista definitiva de oradores',
  'exch', exch('mx.maec.es', '195.53.112.36', 'maec.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Estimados colegas:

Les agradeceríamos que nos remitieran la lista definitiva de oradores de la plenaria sobre cooperación, con el orden de intervención en cada segmento, en cuanto esté disponible.

Un cordial saludo,

Consejería Jurídica
Embajada de España en el Reino de los Países Bajos
"""))], 'ES'),
  ('HOLD', 'ESP', '-', '-', 'request for the final list; Spain is already registered (mail 83)'),
  cc=[(None, FRJ)], clang='es-ES')

# ---- 47 Switzerland: written statement only
M(47, 'che-declaration-ecrite', 'fr', C2, '2024-12-03 13:37:55',
  ('Favre Mathieu EDA', 'mathieu.favre@eda.admin.ch'),
  [(None, MBOX)], 'Suisse - contribution écrite - segment II',
  'exch', exch('mx2.admin.ch', '162.23.32.17', 'admin.ch', dmarc='REJECT'),
  ('ohtml', [('text', T("""
Madame, Monsieur,

Compte tenu du nombre élevé d'orateurs attendus, la Suisse ne demande pas à prendre la parole lors de la plénière sur la coopération. Nous transmettrons en revanche notre déclaration par écrit, au titre du segment II, et vous serions reconnaissants de bien vouloir la publier sur la page de l'Assemblée.

Avec nos meilleures salutations,

Mathieu Favre
Collaborateur diplomatique
Ambassade de Suisse aux Pays-Bas
"""))], 'FR-CH'),
  ('HOLD', 'CHE', 'II', '-', 'offer to send the statement in writing only; explicitly no oral intervention although "segment II" is named'),
  cc=[(None, FRJ)], clang='fr-CH')

# ---- 48 Angola: written statement only, Portuguese
M(48, 'ago-declaracao-escrita', 'pt', C2, '2024-12-04 15:12:30',
  ('Missão Diplomática de Angola', 'juridico@embangola.nl'),
  [(None, MBOX)], 'Angola - contribuição para a plenária sobre cooperação',
  'exch', exch('mail.embangola.nl', '185.107.56.44', 'embangola.local', dmarc='NONE'),
  ('oalt', [('text', T("""
Exmos. Senhores,

A Embaixada da República de Angola, na qualidade de Estado observador, não pretende fazer uso da palavra na plenária sobre cooperação, mas enviará apenas uma declaração por escrito relativa ao segundo segmento, que agradecemos seja distribuída aos participantes.

Com os melhores cumprimentos,
Secção Jurídica
Embaixada da República de Angola no Reino dos Países Baixos
"""))], 'PT'),
  ('HOLD', 'AGO', 'II', '-', 'written statement only (« não pretende fazer uso da palavra ... apenas uma declaração por escrito »); names the second segment'),
  cc=[(None, FRJ)], clang='pt-PT')

# ---- 49 Mexico: will not take the floor
M(49, 'mex-no-hara-uso', 'es', C2, '2024-12-04 10:22:05',
  ('Gutiérrez Solís Andrea', 'agutierrezs@sre.gob.mx'),
  [(None, MBOX)], 'México - plenaria sobre cooperación',
  'o365', nam(4, 'BN8', '40.107.93.66', 'BN8PR04MB6351', 'namprd04'),
  ('oalt', [('text', T("""
Estimados colegas:

Por medio del presente, la Embajada de México en los Países Bajos informa que México no hará uso de la palabra en la plenaria sobre cooperación, ni en el primer ni en el segundo segmento, ya que se sumará a la declaración conjunta del GRULAC.

Saludos cordiales,

Andrea Gutiérrez Solís
Consejera
Embajada de México en los Países Bajos
"""))], 'ES-MX'),
  ('HOLD', 'MEX', '-', '-', 'announces that Mexico will NOT take the floor; both segments mentioned in the negative'),
  cc=[(None, FRJ)], clang='es-MX', tzh=1)

# ---- 50 Finland: will not take the floor in Segment I
M(50, 'fin-not-taking-floor', 'en', C2, '2024-12-02 14:08:19',
  ('Virtanen Aino', 'aino.virtanen@formin.fi'),
  [(None, MBOX)], 'Finland - Segment I',
  'o365', eur(1, 'HE1', '40.107.7.104', 'HE1PR0101MB2391', 'eurprd01'),
  ('oalt', [('text', T("""
Dear Secretariat,

A short note to let you know that Finland will not take the floor in Segment I of the plenary on cooperation, as we align ourselves with the statement to be delivered on behalf of the Nordic countries.

Best regards,
Aino Virtanen
Legal Counsellor
Embassy of Finland, The Hague
"""))], 'EN-US'),
  ('HOLD', 'FIN', 'I', '-', 'announces Finland will NOT take the floor; subject "Finland - Segment I" looks like a registration'),
  clang='fi-FI')

# ---- 51 Human Rights Watch: invitation to a side event
M(51, 'hrw-side-event', 'en', C2, '2024-11-29 17:44:02',
  ('Human Rights Watch - International Justice', 'ij-events@hrw.org'),
  [(None, MBOX)], 'Invitation: side event "Arrest warrants: from paper to practice" - 4 Dec, World Forum',
  'gws', gsend('mail-qk1-f178.google.com', '209.85.222.178', dmarc='REJECT'),
  ('galt', [('text', T("""
Dear colleagues,

Ahead of Thursday's plenary on cooperation, Human Rights Watch is pleased to invite you to a side event, "Arrest warrants: from paper to practice", on Wednesday 4 December, 13:15-14:45, Room Mesdag, World Forum.

Panellists will address the questions of Segment II of the plenary - ratifying the APIC, using the Court's cooperation tools and tracking persons subject to arrest warrants - and will take the floor alongside officials of the Court. A light lunch will be served.

RSVP by 2 December to ij-events@hrw.org.

Best,
International Justice Program
Human Rights Watch
"""))]),
  ('HOLD', 'Human Rights Watch', '-', '-',
   'invitation to a side event; mentions Segment II and "take the floor" but asks for no speaking slot'),
  tzh=-5)

# ---- 52 FIDH: invitation to a side event, French
M(52, 'fidh-evenement-parallele', 'fr', C2, '2024-11-30 10:15:47',
  ('FIDH - Bureau CPI', 'cpi@fidh.org'),
  [(None, MBOX)], 'Invitation - événement parallèle - Protéger la Cour : l\'APIC et au-delà',
  'roundcube', postfix('smtp.fidh.org', '213.186.33.9', '185.31.40.12'),
  ('plain', [('text', T("""
Chers collègues,

En marge de la séance plénière sur la coopération, la FIDH a le plaisir de vous convier à l'événement parallèle « Protéger la Cour : l'APIC et au-delà », le mardi 3 décembre de 18 h 30 à 20 h, salle Van Gogh du World Forum.

Les intervenants y prolongeront les débats des deux segments de la plénière (« La coopération est vitale pour la Cour » et le segment technique sur les outils existants). Nous prendrons la parole sur la ratification de l'APIC.

Inscription : cpi@fidh.org

Bien cordialement,
Bureau CPI de la FIDH
"""))], 'UTF-8', 'quoted-printable'),
  ('HOLD', 'FIDH', '-', '-', 'invitation to a side event that names both segments and says « nous prendrons la parole »; not a request'),
  tzh=1)


# Class 3: mails not written by a person (auto-replies, bounces, list mail)
C3 = 'automatic'
GM_ACK_MID = '<CAJ7v2kR%s@mail.gmail.com>'

# ---- 53 Exchange out-of-office, Auto-Submitted: auto-replied, "Automatic reply:"
M(53, 'ooo-automatic-reply', 'en', C3, '2024-11-28 16:21:09',
  ('Sithole, Nomvula', 'nsithole@dirco.gov.za'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'Automatic reply: South Africa - Segment II - acknowledgement',
  'o365', zaf(1, 'JNB', '40.107.145.120', 'JN2P275MB0633', 'ZAFP275'),
  ('oalt', [('text', T("""
Thank you for your e-mail.

I am attending the Assembly of States Parties at the World Forum until 6 December with limited access to e-mail. For anything concerning South Africa's intervention in Segment II of the plenary on cooperation, please contact Mr. Sipho Dlamini (dlaminis@dirco.gov.za), who will take the floor on our behalf.

Nomvula Sithole
Embassy of the Republic of South Africa, The Hague
"""))], 'EN-US'),
  ('HOLD', '-', '-', '-',
   'out-of-office auto-reply (Auto-Submitted: auto-replied, "Automatic reply:") that names Segment II and a person who "will take the floor"'),
  clang='en-ZA',
  extra=[('In-Reply-To', GM_ACK_MID % 'a1Zt0Qm4Nw8yPb3Ls6Hd9Ux2'), ('References', GM_ACK_MID % 'a1Zt0Qm4Nw8yPb3Ls6Hd9Ux2'),
         ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
         ('X-MS-Exchange-Inbox-Rules-Loop', 'nsithole@dirco.gov.za')])

# ---- 54 sieve vacation: only X-Autoreply: yes (French)
M(54, 'ooo-x-autoreply', 'fr', C3, '2024-11-27 09:55:31',
  ('Claire Dumont', 'claire.dumont@diplobel.fed.be'),
  [(None, MBOX)], 'Absence du bureau',
  'bulk', postfix('mail.diplobel.fed.be', '193.191.216.14', '193.191.216.14'),
  ('plain', [('text', T("""
Bonjour,

Je suis absente du bureau jusqu'au mercredi 4 décembre inclus. Pour toute question relative à l'inscription de la Belgique au segment II de la plénière sur la coopération, vous pouvez contacter mon collègue M. Pieter De Smet (pieter.desmet@diplobel.fed.be).

Cordialement,
Claire Dumont
"""))], 'UTF-8', 'quoted-printable'),
  ('HOLD', '-', '-', '-', 'vacation auto-reply marked only by X-Autoreply: yes (neutral subject "Absence du bureau"); names segment II'),
  env='', eol='lf',
  extra=[('In-Reply-To', GM_ACK_MID % 'b7Yc2Rk5Pv0sLx9Ma4Ge1Tn3'), ('X-Autoreply', 'yes')],
  lower=['by mail.diplobel.fed.be (Postfix, from userid 5000)\n\tid 4Y3fKm0p7Bz2Wq; Wed, 27 Nov 2024 09:55:29 +0100 (CET)'])

# ---- 55 autoresponder: only X-Autorespond: yes, "RE:" subject (Spanish)
M(55, 'ooo-x-autorespond', 'es', C3, '2024-11-29 18:37:46',
  ('Andrés Solano Vega', 'asolano@rree.go.cr'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'RE: Plenaria sobre cooperación - segundo segmento - acuse de recibo',
  'zimbra', dict(postfix('correo.rree.go.cr', '201.196.155.22', '201.196.155.22', zone='CST'), tz=TZ(-6)),
  ('plain', [('text', T("""
Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 9 de diciembre, con acceso limitado al correo electrónico. Para la intervención de Costa Rica en el segundo segmento de la plenaria sobre cooperación, sírvase escribir a la Sra. Daniela Mora Vindas (dmora@rree.go.cr).

Andrés Solano Vega
Ministerio de Relaciones Exteriores y Culto de Costa Rica
"""))], 'utf-8', 'quoted-printable'),
  ('HOLD', '-', '-', '-', 'auto-reply marked only by X-Autorespond: yes; "RE:" subject naming the segment; body names a speaker'),
  tzh=-6, extra=[('In-Reply-To', GM_ACK_MID % 'c3Wq8Ej1Fz6hNu0Ks2Yb5Ra7'), ('X-Autorespond', 'yes')])

# ---- 56 Portuguese auto-reply recognisable only by its subject
M(56, 'ooo-resposta-automatica', 'pt', C3, '2024-11-26 19:02:15',
  ('Marta Sequeira', 'marta.sequeira@mne.pt'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'Resposta automática: Re: Portugal - inscrição na lista de oradores - plenária sobre cooperação',
  'exch', exch('mx.mne.pt', '194.65.130.29', 'mne.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Estarei ausente do gabinete até 6 de dezembro, sem acesso regular ao correio eletrónico.

Para assuntos relacionados com a intervenção de Portugal no primeiro segmento da plenária sobre cooperação, queira contactar haia@mne.pt.

Marta Sequeira
Embaixada de Portugal na Haia
"""))], 'PT'),
  ('HOLD', '-', '-', '-', 'auto-reply recognisable only by the subject "Resposta automática:" (no Auto-Submitted/X-Autoreply); names the primeiro segmento'),
  clang='pt-PT')

# ---- 57 Spanish auto-reply recognisable only by its subject
M(57, 'ooo-respuesta-automatica', 'es', C3, '2024-11-27 20:14:38',
  ('Ignacio Bravo Saavedra', 'ibravo@minrel.gob.cl'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'Respuesta automática: Chile - Plenaria sobre cooperación - Segmento I',
  'exch', exch('mx.minrel.gob.cl', '200.72.160.46', 'minrel.local'),
  ('ohtml', [('text', T("""
Estimado/a remitente:

Me encuentro en misión oficial hasta el 6 de diciembre. Su mensaje no será reenviado.

Si su consulta se refiere a la intervención de Chile en el segmento I de la plenaria sobre cooperación, favor dirigirse a echile.paisesbajos@minrel.gob.cl.

Ignacio Bravo Saavedra
"""))], 'ES-CL', 'windows-1252'),
  ('HOLD', '-', '-', '-', 'auto-reply recognisable only by the subject "Respuesta automática:"; subject and body name Segment I'),
  clang='es-CL')

# ---- 58 French auto-reply recognisable only by its subject (Canada)
M(58, 'ooo-reponse-automatique', 'fr', C3, '2024-11-30 12:48:26',
  ('Lévesque, Julie -HAGUE- IFM', 'julie.levesque@international.gc.ca'),
  [('ICC ASP Cooperation Plenary', MBOX)], 'Réponse automatique : Canada - segment II - accusé de réception',
  'o365', nam(10, 'YT3', '40.107.115.92', 'YT3PR01MB8860', 'CANPRD01'),
  ('oalt', [('text', T("""
Je suis en congé jusqu'au 3 décembre. Pour toute question concernant l'intervention du Canada au segment II, veuillez écrire à HAGUE-GR@international.gc.ca.

I am on leave until 3 December. For any question regarding Canada's intervention in Segment II, please write to HAGUE-GR@international.gc.ca.

Julie Lévesque
"""))], 'FR-CA'),
  ('HOLD', '-', '-', '-', 'auto-reply recognisable only by the subject « Réponse automatique : »; bilingual FR/EN body naming segment II'),
  clang='fr-CA')

# ---- 59 Postfix bounce of an acknowledgement to Kenya
KEN_HOST = 'mail.kenyaembassy.nl'
KEN_ORIG = T("""
Return-Path: <iccaspcoperation@gmail.com>
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-434a1fe2b43so11236525e9.2
        for <legal@kenyaembassy.nl>; Fri, 29 Nov 2024 07:40:12 -0800 (PST)
MIME-Version: 1.0
From: ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com>
Date: Fri, 29 Nov 2024 16:40:01 +0100
Message-ID: <CAJ7v2kS8dF3gH5jK7lQ9wE1rT4yU6iO2pA0sZxC@mail.gmail.com>
Subject: Re: Plenary on Cooperation - Kenya
To: legal@kenyaembassy.nl
Content-Type: text/plain; charset="UTF-8"

Dear colleagues,

We acknowledge receipt of your request. Kenya has been inscribed on the list of speakers for Segment II of the plenary on cooperation, with Ms. Wanjiru Kamau as speaker. Segment I is for high-level statements; Segment II for technical interventions. Statements are limited to two minutes.

Kind regards,
Plenary on cooperation - team of the co-facilitators
""")
KEN_TXT = T("""
This is the mail system at host mail.kenyaembassy.nl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<legal@kenyaembassy.nl>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    <legal@kenyaembassy.nl>: Recipient address rejected: Mailbox full (in
    reply to RCPT TO command)
""")
KEN_DSN = T("""
Reporting-MTA: dns; mail.kenyaembassy.nl
X-Postfix-Queue-ID: 4Y5Lq22nWfz1yTg
X-Postfix-Sender: rfc822; iccaspcoperation@gmail.com
Arrival-Date: Fri, 29 Nov 2024 16:40:13 +0100 (CET)

Final-Recipient: rfc822; legal@kenyaembassy.nl
Original-Recipient: rfc822;legal@kenyaembassy.nl
Action: failed
Status: 5.2.2
Remote-MTA: dns; 127.0.0.1
Diagnostic-Code: smtp; 552 5.2.2 <legal@kenyaembassy.nl>: Recipient address
    rejected: Mailbox full
""")
_kb = '4Y5Lq22nWfz1yTg.1732894815/mail.kenyaembassy.nl'
_kh, _kbody = multi('report', [
    ([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], KEN_TXT + '\n'),
    ([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], KEN_DSN + '\n'),
    ([('Content-Description', 'Undelivered Message'), ('Content-Type', 'message/rfc822'),
      ('Content-Transfer-Encoding', '8bit')], KEN_ORIG + '\n'),
], _kb, preamble='This is a MIME-encapsulated message.', params='; report-type=delivery-status')
_kh = [('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % _kb),
       ('Content-Transfer-Encoding', '8bit')]
M(59, 'bounce-postfix', 'en', C3, '2024-11-29 16:40:15',
  ('Mail Delivery System', 'MAILER-DAEMON@' + KEN_HOST),
  [(None, MBOX)], 'Undelivered Mail Returned to Sender',
  'daemon', postfix(KEN_HOST, '185.182.57.140', '185.182.57.140'),
  ('raw', _kh, _kbody),
  ('HOLD', '-', '-', '-',
   'Postfix bounce (MAILER-DAEMON, Return-Path <>, multipart/report); the returned acknowledgement names Kenya, Segment II and a speaker'),
  env='', date=at('2024-11-29 16:40:14', 1), eol='lf', mid='<20241129154014.4Y5Lq22nWfz1yTg@mail.kenyaembassy.nl>',
  extra=[('Auto-Submitted', 'auto-replied')],
  lower=['by mail.kenyaembassy.nl (Postfix)\n\tid 4Y5Lq22nWfz1yTg; Fri, 29 Nov 2024 16:40:14 +0100 (CET)'])

# ---- 60 Exchange Online NDR in French ("Non remis :")
TUN_NDR_TXT = T("""
Votre message à sonia.trabelsi@diplomatie.gov.tn n'a pas pu être remis.

La boîte aux lettres de sonia.trabelsi est pleine.

iccaspcoperation       Office 365       sonia.trabelsi
Expéditeur             Action requise   Destinataire

Comment résoudre le problème ?
Le message n'a pas pu être remis car la boîte aux lettres du destinataire est pleine. Essayez de renvoyer le message plus tard.

Plus d'informations pour les administrateurs de messagerie
Généré par le serveur : AM9PR04MB8412.eurprd04.prod.outlook.com
Serveur distant : AM9PR04MB8412.eurprd04.prod.outlook.com
Code d'erreur : 552 5.2.2 STOREDRV.Deliver; mailbox full
""")
TUN_NDR_HTML = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
                '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">'
                '<tr><td style="font-size:16px;color:#000000">'
                + '<br>\n'.join(esc(l) for l in TUN_NDR_TXT.split('\n'))
                + '</td></tr></table>\n</body>\n</html>\n')
TUN_DSN = T("""
Reporting-MTA: dns;AM9PR04MB8412.eurprd04.prod.outlook.com
Received-From-MTA: dns;mail-ej1-f44.google.com
Arrival-Date: Mon, 2 Dec 2024 15:05:36 +0000

Final-Recipient: rfc822;sonia.trabelsi@diplomatie.gov.tn
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 STOREDRV.Deliver; mailbox full
""")
TUN_ORIG_HDRS = T("""
Received: from mail-ej1-f44.google.com (209.85.218.44) by
 AM4PEPF00027A5E.mail.protection.outlook.com (10.167.16.72) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8230.7 via
 Frontend Transport; Mon, 2 Dec 2024 15:05:36 +0000
MIME-Version: 1.0
From: ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com>
Date: Mon, 2 Dec 2024 16:05:22 +0100
Message-ID: <CAJ7v2kU1qW3eR5tY7uI9oP2aS4dF6gH8jK0lZ@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Tunisie_-_modification_de_l=27inscription_=28segment=29?=
To: Sonia Trabelsi <sonia.trabelsi@diplomatie.gov.tn>
Content-Type: multipart/alternative; boundary="000000000000f3c6b2062839a1d4"
""")
_t_alt = multi('alternative', [leaf('text/plain', TUN_NDR_TXT + '\n', 'utf-8', 'base64'),
                               leaf('text/html', TUN_NDR_HTML, 'utf-8', 'base64')],
               '_002_AM9PR04MB8412C2E8F0A1B3D5E7F9eurprd04prod_')
_th, _tbody = multi('report', [
    _t_alt,
    ([('Content-Type', 'message/delivery-status')], TUN_DSN + '\n'),
    ([('Content-Type', 'text/rfc822-headers')], TUN_ORIG_HDRS + '\n'),
], '_000_AM9PR04MB8412C2E8F0A1B3D5E7F9eurprd04prod_', params='; report-type=delivery-status')
M(60, 'bounce-exchange-ndr', 'fr', C3, '2024-12-02 16:05:39',
  ('Microsoft Outlook', 'postmaster@diplomatie.gov.tn'),
  [('ICC ASP Cooperation Plenary', MBOX)], "Non remis : Re: Tunisie - modification de l'inscription (segment)",
  'bulk', dict(eur(4, 'AM7', '40.107.105.21', 'AM9PR04MB8412', 'eurprd04'), dkim='diplomatie.gov.tn'),
  ('raw', _th, _tbody),
  ('HOLD', '-', '-', '-', 'Exchange Online NDR in French (« Non remis : », Return-Path <>, multipart/report with text/rfc822-headers); subject names a segment change'),
  env='', date=at('2024-12-02 15:05:37', 0), mid='<15a9c2e3-7d41-4f8b-9a06-3be2d1c4f5a7@AM9PR04MB8412.eurprd04.prod.outlook.com>',
  sender='Microsoft Outlook <postmaster@diplomatie.gov.tn>',
  extra=[('In-Reply-To', '<CAJ7v2kU1qW3eR5tY7uI9oP2aS4dF6gH8jK0lZ@mail.gmail.com>'),
         ('References', '<CAJ7v2kU1qW3eR5tY7uI9oP2aS4dF6gH8jK0lZ@mail.gmail.com>'),
         ('Content-Language', 'fr-FR'), ('X-MS-Exchange-Message-Is-Ndr', ''),
         ('X-MS-PublicTrafficType', 'Email'), ('X-MS-TrafficTypeDiagnostic', 'AM9PR04MB8412:EE_NDR')])

# ---- 61 Gmail "Delivery Status Notification (Failure)"
WSM_ORIG = T("""
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1733061844; x=1733666644; darn=mfat.gov.ws;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
        bh=5tq0mB7Yx2kZ3n1Qw8Ve4Rc6Tp9Ls0Hd2Ju7Mf5Ka3E=;
        b=Qx3Vb7Nk2Lp9...
MIME-Version: 1.0
References: <CAN4x0Lp7Ys2Xq9Wb3Tk6Vr1Mz5Hd8Gf0Jc4Ue2Na@mail.gmail.com>
In-Reply-To: <CAN4x0Lp7Ys2Xq9Wb3Tk6Vr1Mz5Hd8Gf0Jc4Ue2Na@mail.gmail.com>
From: ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com>
Date: Sun, 1 Dec 2024 15:04:04 +0100
Message-ID: <CAJ7v2kV5bN7mQ1wE3rT5yU7iO9pA2sD4fG6hJ8kL@mail.gmail.com>
Subject: Re: Samoa - Plenary on Cooperation
To: l.tuala-fepuleai@mfat.gov.ws
Content-Type: text/plain; charset="UTF-8"

Dear colleagues,

Thank you. Samoa has been inscribed for Segment I of the plenary on cooperation (high-level statements, 15:00-16:00).

Kind regards,
Plenary on cooperation - team of the co-facilitators
""")
WSM_TXT = T("""

** Address not found **

Your message wasn't delivered to l.tuala-fepuleai@mfat.gov.ws because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <l.tuala-fepuleai@mfat.gov.ws>: Recipient address rejected: User unknown in virtual mailbox table
""")
WSM_HTML = ('<html>\n<head>\n<style>\n* {\nfont-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;\n}\n</style>\n'
            '</head>\n<body>\n<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;'
            'background-color:#ffffff;"><tbody>\n<tr><td>\n<h1 style="font-size:24px;">Address not found</h1>\n'
            '<p style="font-size:16px;">Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none;">'
            '<b>l.tuala-fepuleai@mfat.gov.ws</b></a> because the address couldn\'t be found, or is unable to receive '
            'mail.</p>\n<p><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>\n'
            '<p>The response from the remote server was:</p>\n<p style="font-family:monospace">550 5.1.1 '
            '&lt;l.tuala-fepuleai@mfat.gov.ws&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>\n'
            '</td></tr>\n</tbody></table>\n</body>\n</html>\n')
WSM_DSN = T("""
Reporting-MTA: dns; googlemail.com
Arrival-Date: Sun, 01 Dec 2024 06:04:04 -0800 (PST)
X-Original-Message-ID: <CAJ7v2kV5bN7mQ1wE3rT5yU7iO9pA2sD4fG6hJ8kL@mail.gmail.com>

Final-Recipient: rfc822; l.tuala-fepuleai@mfat.gov.ws
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.mfat.gov.ws. (202.4.48.36, the server for the domain mfat.gov.ws.)
Diagnostic-Code: smtp; 550 5.1.1 <l.tuala-fepuleai@mfat.gov.ws>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Sun, 01 Dec 2024 06:04:08 -0800 (PST)
""")
_galt = multi('alternative', [leaf('text/plain', WSM_TXT + '\n', 'UTF-8', 'quoted-printable'),
                              leaf('text/html', WSM_HTML, 'UTF-8', 'quoted-printable', html=True)],
              '000000000000a8b1c20628372d4e')
_gh, _gbody = multi('report', [
    _galt,
    ([('Content-Type', 'message/delivery-status')], WSM_DSN + '\n'),
    ([('Content-Type', 'message/rfc822')], WSM_ORIG + '\n'),
], '000000000000a1d9f00628372d41', params='; report-type=delivery-status')
M(61, 'bounce-gmail-dsn', 'en', C3, '2024-12-01 15:04:09',
  ('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com'),
  [(None, MBOX)], 'Delivery Status Notification (Failure)',
  'bulk', dict(gsend('mail-sor-f69.google.com', '209.85.220.69'), dkim='googlemail.com'),
  ('raw', _gh, _gbody),
  ('HOLD', '-', '-', '-', 'Gmail DSN (mailer-daemon@googlemail.com, Return-Path <>, X-Failed-Recipients); the returned acknowledgement names Samoa and Segment I'),
  env='', date=at('2024-12-01 06:04:09', -8), mid='<6d9f2c4e.050a0220.2b1e44.9c71.GMR@mx.google.com>',
  sender='Mail Delivery Subsystem <mailer-daemon@googlemail.com>', tzh=-8,
  extra=[('X-Failed-Recipients', 'l.tuala-fepuleai@mfat.gov.ws'), ('References', '<CAJ7v2kV5bN7mQ1wE3rT5yU7iO9pA2sD4fG6hJ8kL@mail.gmail.com>'),
         ('In-Reply-To', '<CAJ7v2kV5bN7mQ1wE3rT5yU7iO9pA2sD4fG6hJ8kL@mail.gmail.com>'),
         ('Auto-Submitted', 'auto-replied')])

# ---- 62 English newsletter (List-Id, Precedence: bulk)
IJB_TXT = T("""
INTERNATIONAL JUSTICE BRIEFING - ASP23 special edition, week 2

THIS THURSDAY: PLENARY ON COOPERATION
On Thursday 5 December (15:00-17:00) the Assembly holds its plenary on cooperation, co-chaired by France and Senegal. Segment I, "Cooperation is vital for the Court", is reserved for high-level political statements; Segment II asks "How can States Parties strengthen their support to the Court with existing tools?" and will look at the APIC, the Court's cooperation tools and the tracking of fugitives.

Delegations that wish to take the floor should register with the co-facilitators before Wednesday evening, indicating the segment (I or II) and the name of the speaker. Our Executive Director, Dr. Helen Achterberg, will take the floor in Segment II.

ALSO THIS WEEK
- Budget negotiations continue in the Committee on Budget and Finance facilitation.
- Side event on the APIC, Wednesday 13:15, Room Mesdag.

---
You are receiving this e-mail because iccaspcoperation@gmail.com is subscribed to International Justice Briefing.
Update preferences or unsubscribe: https://ijbriefing.org/u/?e=iccaspcoperation%40gmail.com
""")
IJB_HTML = ('<!doctype html><html><head><meta charset="utf-8"><title>International Justice Briefing</title></head>'
            '<body style="margin:0;background:#eeeeee">\n<center><table width="620" cellpadding="0" cellspacing="0" '
            'style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#1a1a1a">\n'
            + ''.join('<tr><td style="padding:8px 28px">%s</td></tr>\n' % esc(p).replace('\n', '<br>')
                      for p in IJB_TXT.split('\n\n'))
            + '</table></center>\n<img src="https://ijbriefing.org/o/a7c3e9.gif" width="1" height="1" alt="">\n</body></html>\n')
M(62, 'newsletter-bulk', 'en', C3, '2024-12-02 08:00:41',
  ('International Justice Briefing', 'newsletter@ijbriefing.org'),
  [(None, MBOX)], 'ASP23 week 2: the plenary on cooperation - who speaks when',
  'bulk', postfix('mail198-12.suw41.mcsv.net', '198.2.198.12', '198.2.198.12', sel='k2'),
  ('raw',) + multi('alternative', [leaf('text/plain', IJB_TXT, 'utf-8', 'quoted-printable'),
                                   leaf('text/html', IJB_HTML, 'utf-8', 'quoted-printable', html=True)],
                   '_----------=_MCPart_1733126441'),
  ('HOLD', '-', '-', '-', 'newsletter (List-Id, Precedence: bulk) describing both segments; says its director "will take the floor in Segment II"'),
  env='bounce-mc.us21_18273645.902113-iccaspcoperation=gmail.com@mail198-12.suw41.mcsv.net', eol='lf', tzh=0,
  mid='<a4e1c7f2b9d3.0c8e2f7a1b@mail198-12.suw41.mcsv.net>',
  extra=[('List-Id', '18273645mc list <18273645.xt.local>'),
         ('List-Unsubscribe', '<https://ijbriefing.us21.list-manage.com/unsubscribe?u=5c2e&id=9f1b&e=a7c3e9>,\n'
          ' <mailto:unsubscribe-mc.us21_5c2e.9f1b-a7c3e9@unsubscribe.mailchimpapp.net>'),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
         ('Precedence', 'bulk'), ('X-Mailer', 'Mailchimp Mailer - **CID902113a7c3e9**')],
  lower=['from localhost (localhost [127.0.0.1])\n\tby mail198-12.suw41.mcsv.net (Mailchimp) with ESMTP id 4Y1xQm2V8Fz2c9Tk\n'
         '\tfor <iccaspcoperation@gmail.com>; Mon, 2 Dec 2024 07:00:39 +0000 (GMT)'])

# ---- 63 Google Groups list mail (Precedence: list), French
GG_TXT = T("""
Chers membres du réseau,

Petit rappel : les inscriptions pour la séance plénière sur la coopération du 5 décembre se font par courriel à iccaspcoperation@gmail.com (copie juridique.la-haye-amba@diplomatie.gouv.fr) avant mercredi soir, en précisant le segment (I ou II) et le nom de l'orateur.

Pour notre part, la Ligue congolaise des juristes pour la justice internationale interviendra au segment II, par la voix de Me Patrick Kalonji.

Bien à vous,
Aminata Sow
Coordinatrice du réseau
""")
GG_FOOT = T("""

--
Vous recevez ce message, car vous êtes abonné au groupe Google Groupes "Réseau des juristes francophones - CPI".
Pour vous désabonner de ce groupe et ne plus recevoir d'e-mails le concernant, envoyez un e-mail à l'adresse reseau-juristes-cpi+unsubscribe@googlegroups.com.
Pour afficher cette discussion, accédez à https://groups.google.com/d/msgid/reseau-juristes-cpi/CAK3n8Yq7Lb2Xw0Tf5Hs9Pz4Rv1Mc6Je3Ga%40mail.gmail.com.
""")
M(63, 'list-google-groups', 'fr', C3, '2024-12-02 19:26:58',
  ('Aminata Sow', 'reseau-juristes-cpi@googlegroups.com'),
  [('Réseau des juristes francophones - CPI', 'reseau-juristes-cpi@googlegroups.com')],
  '[reseau-juristes-cpi] Rappel : inscriptions à la plénière sur la coopération',
  'gmail', dict(gsend('mail-yb1-f190.google.com', '209.85.219.190'), dkim='googlegroups.com'),
  ('galt', [('text', GG_TXT + GG_FOOT)]),
  ('HOLD', '-', '-', '-',
   'Google Groups list mail (List-Id, Precedence: list, From rewritten "via"); a member says her NGO "interviendra au segment II" but writes to the list, not to the Secretariat'),
  env='reseau-juristes-cpi+bncBDL7Y4Q2WAHRB5Z3XK5AMGQE2F4T7KA@googlegroups.com', mid='<CAK3n8Yq7Lb2Xw0Tf5Hs9Pz4Rv1Mc6Je3Ga@mail.gmail.com>',
  sender="'Aminata Sow' via =?UTF-8?Q?R=C3=A9seau_des_juristes_francophones_-_CPI?= <reseau-juristes-cpi@googlegroups.com>",
  extra=[('Reply-To', 'aminata.sow.lcj@gmail.com'),
         ('X-Original-Sender', 'aminata.sow.lcj@gmail.com'),
         ('X-Original-Authentication-Results', 'gmr-mx.google.com;\n       dkim=pass header.i=@gmail.com header.s=20230601;\n'
          '       spf=pass (google.com: domain of aminata.sow.lcj@gmail.com designates 209.85.220.41 as permitted sender)'
          ' smtp.mailfrom=aminata.sow.lcj@gmail.com'),
         ('Precedence', 'list'),
         ('Mailing-list', 'list reseau-juristes-cpi@googlegroups.com; contact reseau-juristes-cpi+owners@googlegroups.com'),
         ('List-ID', '<reseau-juristes-cpi.googlegroups.com>'),
         ('X-Spam-Checked-In-Group', 'aminata.sow.lcj@gmail.com'),
         ('X-Google-Group-Id', '684219307755'),
         ('List-Post', '<https://groups.google.com/group/reseau-juristes-cpi/post>, <mailto:reseau-juristes-cpi@googlegroups.com>'),
         ('List-Help', '<https://groups.google.com/support/>, <mailto:reseau-juristes-cpi+help@googlegroups.com>'),
         ('List-Archive', '<https://groups.google.com/group/reseau-juristes-cpi>'),
         ('List-Unsubscribe', '<mailto:googlegroups-manage+684219307755+unsubscribe@googlegroups.com>,\n'
          ' <https://groups.google.com/group/reseau-juristes-cpi/subscribe>')])

# ---- 64 Spanish newsletter (Precedence: bulk)
RL_TXT = T("""
BOLETÍN SEMANAL - Red Latinoamericana por la Justicia Internacional
Nº 47 - 29 de noviembre de 2024

AEP23: PLENARIA SOBRE COOPERACIÓN
El jueves 5 de diciembre, de 15:00 a 17:00, se celebrará la plenaria sobre cooperación. El primer segmento ("La cooperación es vital para la Corte") reunirá declaraciones políticas de alto nivel; el segundo segmento abordará cómo fortalecer el apoyo a la Corte con las herramientas existentes.

Las delegaciones y organizaciones que deseen tomar la palabra deben inscribirse por correo electrónico antes del miércoles 4 por la noche, indicando el segmento y el nombre del orador. Nuestra coordinadora, la Dra. Paula Gaviria Londoño, intervendrá en el segundo segmento.

---
Recibe este boletín porque está suscrito a la lista de la Red. Para darse de baja: https://redjusticiainternacional.org/baja?e=iccaspcoperation%40gmail.com
""")
M(64, 'boletin-lista', 'es', C3, '2024-11-29 13:30:07',
  ('Red Latinoamericana por la Justicia Internacional', 'boletin@redjusticiainternacional.org'),
  [(None, MBOX)], 'Boletín semanal Nº 47 - AEP23: plenaria sobre cooperación',
  'bulk', postfix('mta2.redjusticiainternacional.org', '185.93.246.31', '185.93.246.31', sel='rl1'),
  ('plain', [('text', RL_TXT)], 'UTF-8', 'quoted-printable'),
  ('HOLD', '-', '-', '-', 'newsletter (List-Id, Precedence: bulk); says its coordinator "intervendrá en el segundo segmento"'),
  eol='lf', tzh=-3, env='boletin-bounces@redjusticiainternacional.org',
  extra=[('List-Id', 'Boletin semanal <boletin.redjusticiainternacional.org>'),
         ('List-Unsubscribe', '<https://redjusticiainternacional.org/baja?e=iccaspcoperation%40gmail.com>'),
         ('Precedence', 'bulk'), ('X-Mailer', 'phpList v3.6.15')],
  lower=['by mta2.redjusticiainternacional.org (Postfix, from userid 33)\n\tid 4Y26Wb1Nq9z7Rk; Fri, 29 Nov 2024 09:30:05 -0300 (-03)'])

# ---- 65 Portuguese list mail (Precedence: list, Mailman)
BJ_TXT = T("""
Caros membros da lista,

Lembramos que a plenária sobre cooperação da Assembleia dos Estados Partes terá lugar na quinta-feira, 5 de dezembro, em dois segmentos: o primeiro segmento ("A cooperação é vital para o Tribunal") e o segundo segmento (reforço do apoio ao Tribunal com as ferramentas existentes).

As organizações que pretendam fazer uso da palavra devem inscrever-se junto do Secretariado até quarta-feira à noite, indicando o segmento e o nome do orador ou da oradora.

Saudações,
Plataforma Lusófona para a Justiça Internacional
_______________________________________________
justica-internacional mailing list
justica-internacional@listas.plataformalusofona.org
https://listas.plataformalusofona.org/mailman/listinfo/justica-internacional
""")
M(65, 'lista-mailman', 'pt', C3, '2024-12-01 10:12:44',
  ('Plataforma Lusófona para a Justiça Internacional', 'justica-internacional@listas.plataformalusofona.org'),
  [(None, 'justica-internacional@listas.plataformalusofona.org')],
  '[Justiça Internacional] Plenária sobre cooperação - inscrições',
  'tbird', postfix('listas.plataformalusofona.org', '94.46.168.20', '94.46.168.20'),
  ('plain', [('text', BJ_TXT)], 'utf-8', '8bit'),
  ('HOLD', '-', '-', '-', 'Mailman list mail (List-Id, Precedence: list, To: the list); describes both segments and how to register'),
  eol='lf', tzh=0, env='justica-internacional-bounces@listas.plataformalusofona.org',
  extra=[('Precedence', 'list'),
         ('List-Id', 'Lista da Plataforma <justica-internacional.listas.plataformalusofona.org>'),
         ('List-Unsubscribe', '<https://listas.plataformalusofona.org/mailman/options/justica-internacional>,\n'
          ' <mailto:justica-internacional-request@listas.plataformalusofona.org?subject=unsubscribe>'),
         ('List-Post', '<mailto:justica-internacional@listas.plataformalusofona.org>'),
         ('X-BeenThere', 'justica-internacional@listas.plataformalusofona.org'),
         ('X-Mailman-Version', '2.1.39'),
         ('Errors-To', 'justica-internacional-bounces@listas.plataformalusofona.org'),
         ('Sender', '"justica-internacional" <justica-internacional-bounces@listas.plataformalusofona.org>')])


# Class 4: quoted history that must not be read (the quoted invitation names both segments)
C4 = 'quoted'

# ---- 66 Botswana: Outlook EN reply (From:/Sent:/To:/Subject:)
M(66, 'bwa-outlook-reply-en', 'en', C4, '2024-11-22 10:37:50',
  ('Lesego Mothibi', 'lmothibi@gov.bw'),
  [(None, MBOX)], 'RE: ' + INV_SUBJ,
  'o365', zaf(1, 'CPT', '40.107.146.61', 'CT2P275MB0419', 'ZAFP275'),
  ('oalt', [('text', T("""
Good morning,

Thank you for the invitation. Botswana would like to be inscribed on the list of speakers for Segment I.

Botswana will be represented by H.E. Mr. Onkemetse Kgosidintsi, Ambassador of the Republic of Botswana to the Kingdom of the Netherlands.

Kind regards,

Lesego Mothibi
Counsellor (Legal)
Embassy of the Republic of Botswana, Brussels
""")), ('ohdr', HDR_EN, INV)], 'EN-GB'),
  ('INSCRIBE', 'BWA', 'I', 'H.E. Mr. Onkemetse Kgosidintsi',
   'Outlook EN reply; quoted invitation (From:/Sent:/To:/Subject:) names both segments and all guiding questions'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='en-GB')

# ---- 67 Chad: Outlook FR reply (De :/Envoyé :/À :/Objet : with U+00A0)
M(67, 'tcd-outlook-reply-fr', 'fr', C4, '2024-11-25 12:20:16',
  ('Mahamat Abakar Moussa', 'mahamat.abakar@diplomatie.gouv.td'),
  [(None, MBOX)], 'RE : ' + INV_SUBJ,
  'osmtp', postfix('smtp.diplomatie.gouv.td', '154.68.128.19', '41.74.3.166', zone='WAT'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Suite à votre message ci-dessous, la République du Tchad souhaite s'inscrire au segment II de la séance plénière sur la coopération.

Orateur : M. Mahamat Abakar Moussa, Conseiller juridique à l'Ambassade du Tchad à Bruxelles.

Veuillez agréer l'expression de nos salutations distinguées.

Mahamat Abakar Moussa
""")), ('ohdr', HDR_FR, INV)], 'FR'),
  ('INSCRIBE', 'TCD', 'II', 'M. Mahamat Abakar Moussa',
   'Outlook FR reply; quoted invitation under De :/Envoyé :/À :/Objet : with U+00A0 before the colons'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='fr-FR')

# ---- 68 Ecuador: Outlook ES reply (De:/Enviado el:/Para:/Asunto:)
M(68, 'ecu-outlook-reply-es', 'es', C4, '2024-11-26 16:03:39',
  ('María José Cedeño Vera', 'mcedeno@cancilleria.gob.ec'),
  [(None, MBOX)], 'RE: ' + INV_SUBJ,
  'o365', nam(2, 'SN1', '40.107.237.77', 'SN7PR02MB9264', 'namprd02'),
  ('oalt', [('text', T("""
Estimados colegas:

En respuesta a su atenta invitación, el Ecuador desea inscribirse en el segmento II de la plenaria sobre cooperación.

Oradora: Abg. María José Cedeño Vera, Tercera Secretaria, Embajada del Ecuador en los Países Bajos.

Saludos cordiales,

María José Cedeño Vera
Embajada del Ecuador en el Reino de los Países Bajos
""")), ('ohdr', HDR_ES, INV)], 'ES-EC'),
  ('INSCRIBE', 'ECU', 'II', 'Abg. María José Cedeño Vera',
   'Outlook ES reply; quoted invitation under De:/Enviado el:/Para:/Asunto:'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='es-EC', tzh=1)

# ---- 69 Conectas: Outlook PT reply (De:/Enviada em:/Para:/Assunto:)
M(69, 'conectas-outlook-reply-pt', 'pt', C4, '2024-11-27 14:49:02',
  ('Juliana Bastos Ferraz', 'juliana.ferraz@conectas.org'),
  [(None, MBOX)], 'RES: ' + INV_SUBJ,
  'o365', brz(1, 'SC1', '40.107.95.99', 'RO1P152MB2730', 'LAMP152'),
  ('oalt', [('text', T("""
Prezadas e prezados,

A Conectas Direitos Humanos, organização da sociedade civil brasileira, gostaria de se inscrever para o Segmento II da plenária sobre cooperação.

Oradora: Sra. Juliana Bastos Ferraz, assessora do programa de Justiça Internacional.

Obrigada,

Juliana Bastos Ferraz
Conectas Direitos Humanos
São Paulo
""")), ('ohdr', HDR_PT, INV)], 'PT-BR'),
  ('INSCRIBE', 'Conectas', 'II', 'Sra. Juliana Bastos Ferraz',
   'Outlook PT reply (subject "RES:"); quoted invitation under De:/Enviada em:/Para:/Assunto:; NGO'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='pt-BR')

# ---- 70 Samoa: Gmail EN reply ("On ... wrote:")
M(70, 'wsm-gmail-reply-en', 'en', C4, '2024-11-30 22:51:33',
  ("Losa Tuala-Fepulea'i", 'losa.tfepuleai@gmail.com'),
  [(None, MBOX)], 'Re: ' + INV_SUBJ,
  'gmail', GMAIL,
  ('galt', [('text', T("""
Talofa lava,

Samoa would like to register to speak in Segment I of the plenary on cooperation. The statement will be delivered by H.E. Ms. Losaline Tuala-Fepulea'i, Ambassador of Samoa to the Kingdom of the Netherlands.

Please use this address for any reply - our ministry server is unreliable this week.

Fa'afetai,
Losa
Ministry of Foreign Affairs and Trade, Samoa
""")), ('gquote', ATTR_EN_G, INV)]),
  ('INSCRIBE', 'WSM', 'I', "H.E. Ms. Losaline Tuala-Fepulea'i",
   'Gmail reply "On ... wrote:" quoting the invitation; personal gmail.com; apostrophe in the name'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, tzh=13, mid='<CAN4x0Lp7Ys2Xq9Wb3Tk6Vr1Mz5Hd8Gf0Jc4Ue2Na@mail.gmail.com>')

# ---- 71 Colombia: Gmail ES reply ("El ... escribió:")
M(71, 'col-gmail-reply-es', 'es', C4, '2024-11-27 11:08:25',
  ('Natalia Carvajal Ospina', 'natalia.carvajal@cancilleria.gov.co'),
  [(None, MBOX)], 'Re: ' + INV_SUBJ,
  'gws', gsend('mail-pj1-f50.google.com', '209.85.216.50', dmarc='REJECT'),
  ('galt', [('text', T("""
Buenos días,

Colombia desea tomar la palabra en el Segmento II de la plenaria sobre cooperación.

Oradora: Sra. Natalia Carvajal Ospina, Primera Secretaria de la Embajada de Colombia en los Países Bajos.

Gracias y saludos,
Natalia
""")), ('gquote', ATTR_ES_G, INV)]),
  ('INSCRIBE', 'COL', 'II', 'Sra. Natalia Carvajal Ospina', 'Gmail (Workspace) reply "El ... escribió:" quoting the invitation'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA)

# ---- 72 Mauritius: Gmail FR reply ("Le ... a écrit :")
M(72, 'mus-gmail-reply-fr', 'fr', C4, '2024-11-28 08:44:10',
  ('Mauritius Embassy Brussels', 'mauritius.embassy.brussels@gmail.com'),
  [(None, MBOX)], 'Re: ' + INV_SUBJ,
  'gmail', GMAIL,
  ('galt', [('text', T("""
Madame, Monsieur,

La République de Maurice souhaite prendre la parole au segment I de la séance plénière sur la coopération.

Notre délégation sera représentée par S.E. M. Devendra Bhujun, Ambassadeur de la République de Maurice.

Cordialement,

Ambassade de la République de Maurice
Bruxelles
""")), ('gquote', ATTR_FR_G, INV)]),
  ('INSCRIBE', 'MUS', 'I', 'S.E. M. Devendra Bhujun', 'Gmail FR reply "Le ... a écrit :" quoting the invitation; institutional gmail.com'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA)

# ---- 73 PGA (Brazilian MP): Gmail PT reply ("Em ... escreveu:")
M(73, 'pga-gmail-reply-pt', 'pt', C4, '2024-11-29 13:17:44',
  ('Marta Cavalcanti Rocha', 'marta.cavalcanti.rocha@gmail.com'),
  [(None, MBOX)], 'Re: ' + INV_SUBJ,
  'gmail', GMAIL,
  ('galt', [('text', T("""
Prezados,

Escrevo em nome da Parliamentarians for Global Action (PGA). Gostaríamos de inscrever a PGA no primeiro segmento da plenária sobre cooperação.

Fará uso da palavra a Deputada Marta Cavalcanti Rocha, deputada federal (Brasil) e membro do Conselho Executivo da PGA.

Cordialmente,
Marta Cavalcanti Rocha
""")), ('gquote', ATTR_PT_G, INV)]),
  ('INSCRIBE', 'Parliamentarians for Global Action', 'I', 'Deputada Marta Cavalcanti Rocha',
   'Gmail PT reply "Em ... escreveu:" quoting the invitation; the participant is PGA, not Brazil'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, tzh=-3)

# ---- 74 Republic of Korea: Apple Mail reply with ">" quoting
M(74, 'kor-apple-reply', 'en', C4, '2024-11-26 09:12:37',
  ('Park Jin-woo', 'jwpark24@mofa.go.kr'),
  [(None, MBOX)], 'Re: ' + INV_SUBJ,
  'apple', exch('mail.mofa.go.kr', '27.101.206.50', 'mofa.local'),
  ('plain', [('text', T("""
Dear Secretariat,

The Republic of Korea would like to register for Segment II.

Speaker: Mr. PARK Jin-woo, Counsellor, Embassy of the Republic of Korea to the Kingdom of the Netherlands

Best regards,
Jin-woo PARK
""")), ('gquote', ATTR_APPLE, INV)], 'utf-8', 'quoted-printable', 'apple'),
  ('INSCRIBE', 'KOR', 'II', 'Mr. PARK Jin-woo', 'Apple Mail plain-text reply; invitation quoted with ">" under "On ... wrote:"'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, eol='lf')

# ---- 75 Slovenia: Thunderbird "-------- Original Message --------"
M(75, 'svn-tbird-original-message', 'en', C4, '2024-11-27 15:31:09',
  ('Nina Zupančič', 'nina.zupancic@gov.si'),
  [(None, MBOX)], 'Fwd: ' + INV_SUBJ,
  'tbird', postfix('mx.gov.si', '164.8.252.33', '193.2.236.14'),
  ('plain', [('text', T("""
Dear colleagues,

Slovenia would like to take the floor in the Segment II (technical part) of the plenary on cooperation.

Speaker: Dr. Nina Zupančič, Head of the International Law Department, Ministry of Foreign and European Affairs of the Republic of Slovenia

Best regards,
Nina Zupančič
""")), ('ohdr', TB_ORIG, INV)], 'UTF-8', '8bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'SVN', 'II', 'Dr. Nina Zupančič',
   'Thunderbird "-------- Original Message --------" block (tab-separated header fields) with the invitation below'),
  cc=[(None, FRJ)], clang='sl-SI')

# ---- 76 Paraguay: "-----Mensaje original-----"
M(76, 'pry-mensaje-original', 'es', C4, '2024-11-28 11:56:20',
  ('Embajada del Paraguay en los Paises Bajos', 'embapar.nl@mre.gov.py'),
  [(None, MBOX)], 'RE: ' + INV_SUBJ,
  'osmtp', postfix('mail.mre.gov.py', '201.217.51.88', '77.60.12.41'),
  ('plain', [('text', T("""
Estimados señores:

El Paraguay desea inscribirse en el Segmento I (alto nivel) de la plenaria sobre cooperación. Intervendrá el Excmo. Sr. Federico Cáceres Duarte, Embajador del Paraguay en el Reino de los Países Bajos.

Atentamente,

Embajada de la República del Paraguay
La Haya
""")), ('ohdr', MSG_ES, INV)], 'windows-1252', 'quoted-printable'),
  ('INSCRIBE', 'PRY', 'I', 'Excmo. Sr. Federico Cáceres Duarte',
   'old-style Outlook plain text "-----Mensaje original-----" quote of the invitation; windows-1252 QP'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='es-PY')

# ---- 77 Amnesty International (Portugal section): "-----Mensagem original-----"
M(77, 'amnesty-mensagem-original', 'pt', C4, '2024-11-29 09:40:57',
  ('Beatriz Monteiro Reis', 'beatriz.reis@amnistia.pt'),
  [(None, MBOX)], 'RE: ' + INV_SUBJ,
  'osmtp', postfix('smtp.amnistia.pt', '185.32.188.140', '89.152.41.7'),
  ('plain', [('text', T("""
Bom dia,

A Amnistia Internacional gostaria de se inscrever no segundo segmento da plenária sobre cooperação, com uma intervenção sobre a localização e detenção de suspeitos.

Oradora: Sra. Beatriz Monteiro Reis, Amnistia Internacional - Secção Portuguesa.

Com os melhores cumprimentos,
Beatriz Monteiro Reis
""")), ('ohdr', MSG_PT, INV)], 'iso-8859-1', 'base64'),
  ('INSCRIBE', 'Amnesty International', 'II', 'Sra. Beatriz Monteiro Reis',
   'old-style Outlook "-----Mensagem original-----" quote; text/plain base64 iso-8859-1; national section writing for Amnesty International'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='pt-PT')

# ---- 78 Avocats Sans Frontières: Thunderbird FR reply with ">" quoting
M(78, 'asf-tbird-reply-fr', 'fr', C4, '2024-11-29 16:25:14',
  ('Chantal Vanderlinden', 'cvanderlinden@asf.be'),
  [(None, MBOX)], 'Re: ' + INV_SUBJ,
  'tbird', postfix('smtp.asf.be', '91.183.94.17', '91.183.94.200'),
  ('plain', [('text', T("""
Bonjour,

Avocats Sans Frontières souhaite intervenir au segment II de la plénière sur la coopération.

Oratrice : Me Chantal Vanderlinden, responsable du programme Justice internationale.

Bien à vous,

--
Chantal Vanderlinden
Avocats Sans Frontières
Rue de Namur 72, 1000 Bruxelles
""")), ('gquote', ATTR_TB_FR, INV)], 'UTF-8', '8bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'Avocats Sans Frontières', 'II', 'Me Chantal Vanderlinden',
   'Thunderbird FR reply "Le 21/11/2024 à 17:42, ... a écrit :" with ">" quoting; "Oratrice :" and "Me" title'),
  cc=[(None, FRJ)], extra=REPLY_EXTRA, clang='fr-BE')


# Class 5: speaker phrasing
C5 = 'speaker'

# ---- 79 Canada: "the statement will be delivered by"
M(79, 'can-delivered-by', 'en', C5, '2024-11-26 14:56:02',
  ('Raman-Leblanc, Priya -HAGUE- IFM', 'priya.raman-leblanc@international.gc.ca'),
  [(None, MBOX)], 'Canada - Plenary on cooperation - Segment II',
  'o365', nam(10, 'YT3', '40.107.115.92', 'YT3PR01MB7215', 'CANPRD01'),
  ('oalt', [('text', T("""
Dear colleagues,

Canada wishes to speak in Segment II of the plenary on cooperation. The statement will be delivered by Ms. Priya Raman-Leblanc, Legal Officer, Embassy of Canada to the Netherlands.

Thank you,

Priya Raman-Leblanc
Legal Officer | Agente juridique
Embassy of Canada to the Netherlands | Ambassade du Canada aux Pays-Bas
"""))], 'EN-CA'),
  ('INSCRIBE', 'CAN', 'II', 'Ms. Priya Raman-Leblanc', '"The statement will be delivered by ..."'),
  cc=[(None, FRJ)], clang='en-CA')

# ---- 80 Burkina Faso: "L'intervention sera prononcée par"
M(80, 'bfa-intervention-prononcee', 'fr', C5, '2024-11-27 10:33:48',
  ('Ambassade du Burkina Faso - Bruxelles', 'ambabf.bruxelles@mae.gov.bf'),
  [(None, MBOX)], 'Burkina Faso - inscription au segment I',
  'osmtp', postfix('smtp.mae.gov.bf', '196.28.245.60', '81.246.12.91'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Le Burkina Faso souhaite intervenir lors du segment I de la séance plénière sur la coopération.

L'intervention sera prononcée par S.E. M. Dieudonné Kaboré, Ambassadeur du Burkina Faso auprès du Royaume de Belgique et du Royaume des Pays-Bas.

Haute considération.

Ambassade du Burkina Faso
Bruxelles
"""))], 'FR'),
  ('INSCRIBE', 'BFA', 'I', 'S.E. M. Dieudonné Kaboré', '« L\'intervention sera prononcée par ... »'),
  cc=[(None, FRJ)], clang='fr-FR')

# ---- 81 Côte d'Ivoire: "Orateur :"
M(81, 'civ-orateur', 'fr', C5, '2024-11-28 15:10:31',
  ('Serge-Alain Kouamé Yao', 'sa.kouame@diplomatie.gouv.ci'),
  [(None, MBOX)], "Côte d'Ivoire - segment II",
  'exch', exch('smtp.diplomatie.gouv.ci', '196.47.128.36', 'mae.local'),
  ('ohtml', [('text', T("""
Bonjour,

La Côte d'Ivoire sollicite son inscription au segment II de la plénière sur la coopération.

Orateur : M. Serge-Alain Kouamé Yao, Conseiller, point focal CPI.

Cordialement,
S.-A. Kouamé Yao
Ambassade de Côte d'Ivoire à La Haye
"""))], 'FR', 'iso-8859-1'),
  ('INSCRIBE', 'CIV', 'II', 'M. Serge-Alain Kouamé Yao', '« Orateur : » label; terse; Outlook HTML-only QP'),
  cc=[(None, FRJ)], clang='fr-FR', tzh=0)

# ---- 82 Costa Rica: "intervendrá la Sra."
M(82, 'cri-intervendra', 'es', C5, '2024-11-27 09:19:26',
  ('Daniela Mora Vindas', 'dmora@rree.go.cr'),
  [(None, MBOX)], 'Costa Rica - inscripción - segmento II',
  'zimbra', dict(postfix('correo.rree.go.cr', '201.196.155.22', '201.196.155.22', zone='CST'), tz=TZ(-6)),
  ('plain', [('text', T("""
Estimados colegas:

Costa Rica desea inscribirse en el segmento II de la plenaria sobre cooperación. En nombre de Costa Rica intervendrá la Sra. Daniela Mora Vindas, Ministra Consejera de la Embajada en La Haya.

Con un atento saludo,

Daniela Mora Vindas
Ministra Consejera
Embajada de Costa Rica en los Países Bajos
"""))], 'utf-8', 'quoted-printable'),
  ('INSCRIBE', 'CRI', 'II', 'Sra. Daniela Mora Vindas', '"intervendrá la Sra. ..."; Zimbra QP'),
  cc=[(None, FRJ)], tzh=-6)

# ---- 83 Spain: "Oradora:"
M(83, 'esp-oradora', 'es', C5, '2024-11-25 13:27:09',
  ('Consejería Jurídica - Embajada de España en La Haya', 'emb.lahaya.jur@maec.es'),
  [(None, MBOX)], 'España - plenaria sobre cooperación - segmento I',
  'exch', exch('mx.maec.es', '195.53.112.36', 'maec.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Estimados colegas:

España desea inscribirse en la lista de oradores del segmento I de la plenaria sobre cooperación.

Oradora: Excma. Sra. Dña. Pilar Ortega Lasarte, Embajadora de España en el Reino de los Países Bajos.

Un cordial saludo,

Consejería Jurídica
Embajada de España en el Reino de los Países Bajos
"""))], 'ES'),
  ('INSCRIBE', 'ESP', 'I', 'Excma. Sra. Dña. Pilar Ortega Lasarte', '"Oradora:" label; double honorific "Excma. Sra. Dña."'),
  cc=[(None, FRJ)], clang='es-ES')

# ---- 84 Guinea-Bissau: "fará uso da palavra"
M(84, 'gnb-fara-uso-da-palavra', 'pt', C5, '2024-11-27 12:44:15',
  ('Embaixada da Guiné-Bissau', 'embaixada.gb.bruxelas@gmail.com'),
  [(None, MBOX)], 'Guiné-Bissau - plenária sobre cooperação',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores,

A Embaixada da República da Guiné-Bissau solicita a inscrição da Guiné-Bissau, Estado observador, no primeiro segmento da plenária sobre cooperação.

Fará uso da palavra Sua Excelência o Embaixador Armando Nhaga Có.

Com elevada consideração,
Embaixada da República da Guiné-Bissau
Bruxelas
"""))]),
  ('INSCRIBE', 'GNB', 'I', 'Sua Excelência o Embaixador Armando Nhaga Có',
   '"Fará uso da palavra ..."; observer State; institutional gmail.com (later asks to change segment, mail 38)'),
  cc=[(None, FRJ)])

# ---- 85 Zambia: speaker only in the signature
M(85, 'zmb-signature-speaker', 'en', C5, '2024-11-28 11:02:54',
  ('Mwila Chanda', 'mwila.chanda@mfa.gov.zm'),
  [(None, MBOX)], 'Zambia - plenary on cooperation',
  'o365', zaf(1, 'JNB', '40.107.145.126', 'JN3P275MB2264', 'ZAFP275'),
  ('oalt', [('text', T("""
Dear Secretariat,

I would like to take the floor on behalf of the Republic of Zambia in Segment II of the plenary on cooperation.

Kind regards,

Dr. Mwila Chanda
First Secretary (Legal)
Embassy of the Republic of Zambia
Brussels
"""))], 'EN-GB'),
  ('INSCRIBE', 'ZMB', 'II', 'Dr. Mwila Chanda', 'speaker named only in the signature ("I would like to take the floor" + signed "Dr. Mwila Chanda")'),
  cc=[(None, FRJ)], clang='en-GB')

# ---- 86 Madagascar: speaker only in the signature, French
M(86, 'mdg-signature-orateur', 'fr', C5, '2024-11-29 12:15:40',
  ('Voahangy Rasoanaivo', 'v.rasoanaivo@diplomatie.gov.mg'),
  [(None, MBOX)], 'Madagascar - plénière sur la coopération',
  'apple', postfix('mail.diplomatie.gov.mg', '41.188.38.90', '109.129.44.201'),
  ('plain', [('text', T("""
Madame, Monsieur,

Je souhaiterais prendre la parole au nom de Madagascar lors du segment I de la séance plénière sur la coopération.

Je vous remercie par avance.

Mme Voahangy Rasoanaivo
Chargée d'affaires a.i.
Ambassade de Madagascar à Bruxelles
"""))], 'utf-8', 'quoted-printable', 'apple'),
  ('INSCRIBE', 'MDG', 'I', 'Mme Voahangy Rasoanaivo', 'speaker named only in the signature (« Je souhaiterais prendre la parole » + signed)'),
  cc=[(None, FRJ)], eol='lf')

# ---- 87 OIF: no speaker yet
M(87, 'oif-orateur-a-confirmer', 'fr', C5, '2024-12-02 17:08:12',
  ('Représentation de l\'OIF', 'representation.bruxelles@francophonie.org'),
  [(None, MBOX)], 'OIF - inscription segment II',
  'o365', eur(3, 'PA4', '40.107.93.121', 'PAXP193MB1723', 'EURP193'),
  ('oalt', [('text', T("""
Madame, Monsieur,

L'Organisation internationale de la Francophonie souhaite s'inscrire sur la liste des orateurs du segment II de la séance plénière sur la coopération.

Le nom de l'intervenant vous sera communiqué ultérieurement.

Bien cordialement,

Représentation de l'OIF auprès de l'Union européenne
Bruxelles
"""))], 'FR'),
  ('INSCRIBE', 'OIF', 'II', '-', 'clear request for one segment but no speaker yet (« sera communiqué ultérieurement »)'),
  cc=[(None, FRJ)], clang='fr-FR')

# ---- 88 Latvia: no speaker at all
M(88, 'lva-no-speaker', 'en', C5, '2024-12-03 10:51:36',
  ('Latvian Embassy in the Netherlands', 'embassy.netherlands@mfa.gov.lv'),
  [(None, MBOX)], 'Latvia - speakers list',
  'exch', exch('mx.mfa.gov.lv', '85.254.213.4', 'mfa.local'),
  ('plain', [('text', T("""
Dear colleagues,

Latvia would like to register for Segment II of the cooperation plenary.

Best regards,
Embassy of the Republic of Latvia in the Kingdom of the Netherlands
"""))], 'us-ascii', '7bit'),
  ('INSCRIBE', 'LVA', 'II', '-', 'request with no speaker name anywhere; terse'),
  cc=[(None, FRJ)], clang='lv-LV')

# ---- 89 El Salvador: speaker only in the signature, Spanish
M(89, 'slv-firma-orador', 'es', C5, '2024-11-30 09:36:12',
  ('Ernesto Guardado Menjívar', 'eguardado@rree.gob.sv'),
  [(None, MBOX)], 'El Salvador - solicitud de inscripcion',
  'o365', nam(12, 'BL2', '40.107.212.38', 'BL0PR12MB4872', 'namprd12'),
  ('oalt', [('text', T("""
Estimados señores:

Me permito solicitar mi inscripción, en representación de El Salvador, para hacer uso de la palabra en el primer segmento de la plenaria sobre cooperación.

Agradeciendo de antemano su atención,

Lic. Ernesto Guardado Menjívar
Ministro Consejero
Embajada de El Salvador en los Países Bajos
"""))], 'ES-SV'),
  ('INSCRIBE', 'SLV', 'I', 'Lic. Ernesto Guardado Menjívar', 'speaker named only in the signature (« solicitar mi inscripción » + signed)'),
  cc=[(None, FRJ)], clang='es-SV', tzh=1)

# ---- 90 Portugal: could you confirm our position? (registered in 19)
M(90, 'prt-confirmar-posicao', 'pt', C2, '2024-12-03 10:06:58',
  ('Embaixada de Portugal na Haia', 'haia@mne.pt'),
  [(None, MBOX)], 'Portugal - confirmação da inscrição',
  'exch', exch('mx.mne.pt', '194.65.130.29', 'mne.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Exmos. Senhores,

Poderiam confirmar-nos que Portugal ficou inscrito no primeiro segmento da plenária sobre cooperação e indicar-nos a nossa posição na lista de oradores?

Com os melhores cumprimentos,

Secção Jurídica
Embaixada de Portugal na Haia
"""))], 'PT'),
  ('HOLD', 'PRT', 'I', '-', 'a question ("poderiam confirmar ... a nossa posição?") about the registration in mail 19; not a new request'),
  cc=[(None, FRJ)], clang='pt-PT')


# ======================================================================= main
CLASS_NAMES = {C1: '1 segment named every way', C2: '2 what the mail asks', C3: '3 not written by a person',
               C4: '4 quoted history', C5: '5 speaker phrasing'}


def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    rows = []
    nums = [m['n'] for m in MAILS]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), 'numbering'
    for m in MAILS:
        fn = build(m)
        exp, part, seg, spk, note = m['exp']
        assert exp in ('INSCRIBE', 'HOLD', 'LATE', 'DUPLICATE') and seg in ('I', 'II', '-')
        rows.append('\t'.join([fn, exp, part, seg, spk, note]))
    with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8') as f:
        f.write('# file\texpected\tparticipant\tsegment\tspeaker\tnote\n')
        f.write('\n'.join(rows) + '\n')
    print('wrote %d mails + expected.tsv' % len(MAILS))
    from collections import Counter
    by_cls = Counter(CLASS_NAMES[m['cls']] for m in MAILS)
    by_lang = Counter(m['lang'] for m in MAILS)
    by_exp = Counter(m['exp'][0] for m in MAILS)
    by_cls_exp = Counter((CLASS_NAMES[m['cls']], m['exp'][0]) for m in MAILS)
    by_cls_lang = Counter((CLASS_NAMES[m['cls']], m['lang']) for m in MAILS)
    print('\nper class:')
    for k in sorted(by_cls):
        print('  %-28s %3d   (%s)   [%s]' % (k, by_cls[k],
              ', '.join('%s %d' % (e, by_cls_exp[(k, e)]) for e in ('INSCRIBE', 'HOLD') if by_cls_exp[(k, e)]),
              ' '.join('%s %d' % (l, by_cls_lang[(k, l)]) for l in ('en', 'fr', 'es', 'pt') if by_cls_lang[(k, l)])))
    print('per language:')
    for k in ('en', 'fr', 'es', 'pt'):
        print('  %-3s %3d  (%.0f %%)' % (k, by_lang[k], 100.0 * by_lang[k] / len(MAILS)))
    print('per expected outcome:')
    for k in ('INSCRIBE', 'HOLD', 'LATE', 'DUPLICATE'):
        print('  %-9s %3d' % (k, by_exp[k]))


if __name__ == '__main__':
    main()
